# METADATA
# title: Malaysia national rule pack
# description: |
#   Employment Act 1955 (Act 265) as amended by the Employment (Amendment) Act 2022
#   (Act A1651, in force 1 January 2023) and the Employment (Limitation of Overtime Work)
#   Regulations 1980; Children and Young Persons (Employment) Act 1966 (Act 350); Passports
#   Act 1966 (Act 150); Private Employment Agencies Act 1981 (Act 246) as amended in 2017;
#   Occupational Safety and Health Act 1994 (Act 514) as amended in 2022 (in force 1 June
#   2024); Trade Unions Act 1959 (Act 262); Industrial Relations Act 1967 (Act 177); National
#   Wages Consultative Council Act 2011 (Act 732) and the Minimum Wages Orders; and Malaysia's
#   ratifications of the fundamental ILO instruments.
#
#   Territory. The Employment Act 1955 applies to Peninsular Malaysia and the Federal
#   Territory of Labuan only, and the Children and Young Persons (Employment) Act 1966 to
#   Peninsular Malaysia only; Sabah and Sarawak have their own Labour Ordinances (Sabah
#   Cap. 67, Sarawak Cap. 76), which this pack does not encode. The Acts' territory is a
#   condition on the workplace's region (ISO 3166-2: MY-12 Sabah, MY-13 Sarawak, MY-15
#   Labuan), and every source carries a note saying which territory its Act covers. The
#   Ordinances follow the Act closely (mylaw.my's copy of Sarawak Cap. 76 s. 105 repeats
#   s. 60A(1) with 48 hours a week, the date of that text not checked) and Sabah's was amended
#   by the Labour Ordinance of Sabah (Amendment) Act 2025 (e.g. s. 72 on hazardous work of
#   children and young persons, mirroring Act 350 s. 2; mylaw.my, commencement not checked).
#   No Sabah or Sarawak value is encoded. The
#   other Acts are federal and apply throughout Malaysia (IRA: extent not checked).
#
#   Text. Every url is the Attorney General's Chambers' Laws of Malaysia portal (the official
#   text). The Acts were read in reproductions named in checked_against: mylaw.my's copies of
#   the AGC texts (marked "primary" where the value was read there), Parliament bills
#   (parlimen.gov.my, read in the klrkdekira/BillWatcher mirror: a bill is not the Act as
#   passed, and the 2021 Employment bill had 90 days' maternity and 3 days' paternity leave
#   where the Act has 98 and 7), law-firm and Ministry of Human Resources pages ("secondary").
#
#   Dates. Employment Act values are encoded as the Act stands from 1 January 2023; the older
#   text is encoded only where the 2022 amendment changed a value (48 hours, 60 days), from
#   1 January 2006, the date of the reprint in which hrdd saw it (first day in force not
#   checked). Until 31 December 2022 the Act covered only employees earning up to RM2,000 a
#   month and manual and certain other workers (First Schedule); since 1 January 2023 it
#   covers every employee, but overtime, rest-day and holiday pay, shift allowances and
#   termination benefits only those earning up to RM4,000 and manual and certain other
#   workers (First Schedule para. 1A, Employment (Amendment of First Schedule) Order 2022):
#   a wage condition hrdd cannot express, stated in notes.
#
#   Not encoded, no catalogue requirement: paternity leave (s. 60FA, 7 days) and flexible
#   working arrangements (Part XIIC), both from 1 January 2023 (Act A1651); sick and
#   hospitalisation leave (s. 60F), the Anti-Sexual
#   Harassment Act 2022 (Act 840, a tribunal for complaints, no employer duty) and the
#   Employees' Minimum Standards of Housing, Accommodations and Amenities Act 1990 (Act 446).
package hrdd.national.my

# METADATA
# title: Country name
name := "Malaysia"

_lom := "https://lom.agc.gov.my/"

# Territory notes, one of which every source carries.
_where_ea := "Territory: the Employment Act 1955 applies to Peninsular Malaysia and the Federal Territory of Labuan only (s. 1); Sabah and Sarawak have their own Labour Ordinances (Sabah Cap. 67, Sarawak Cap. 76; Sabah's amended by the Labour Ordinance of Sabah (Amendment) Act 2025), not encoded. Applied only outside Sabah (MY-12) and Sarawak (MY-13) (a condition on the site's or supplier's region); for a workplace whose region is not given, whether it applies is unknown."

_where_cyp := "Territory: the Children and Young Persons (Employment) Act 1966 applies to Peninsular Malaysia only (s. 1(2)); in Sabah and Sarawak the Labour Ordinances govern the employment of children, not encoded. Applied only in Peninsular Malaysia (a condition on the site's or supplier's region: not MY-12 Sabah, MY-13 Sarawak or MY-15 Labuan); for a workplace whose region is not given, whether it applies is unknown."

_where_federal := "Territory: a federal Act that applies throughout Malaysia (Peninsular Malaysia, Sabah, Sarawak and Labuan)."

_where_ira := "Territory: a federal Act; whether it applies in Sabah and Sarawak as in Peninsular Malaysia was not checked. hrdd has no region attribute, so this value is shown for workplaces anywhere in Malaysia."

_ea_note := "The Employment Act is encoded as it stands from 1 January 2023 (as amended by Act A1651); earlier versions of this provision are not encoded."

_first_schedule := "First Schedule para. 1A (Employment (Amendment of First Schedule) Order 2022, from 1 January 2023): overtime pay (s. 60A(3)), pay for work on rest days and public holidays, shift allowances and termination benefits are owed only to employees earning up to RM4,000 a month and to employees in manual work, driving or maintaining mechanically propelled vehicles, supervising manual workers, on Malaysian-registered vessels or in domestic work, whatever their wages; a wage condition hrdd cannot express."

# Pages read.
_ca_bill_ea := {
	"url": "https://www.parlimen.gov.my/files/billindex/pdf/2021/DR%201_2021-%20BI_merged.pdf",
	"title": "Employment (Amendment) Bill 2021, D.R. 1/2021, as first read (Parliament of Malaysia; read in the klrkdekira/BillWatcher mirror); the Act as passed changed maternity and paternity leave",
}

_ca_jtksm := {
	"url": "https://jtksm.mohr.gov.my:443/ms/soalan-lazim/akta-kerja-1955-pindaan-2022",
	"title": "JTKSM (Labour Department of Peninsular Malaysia), Soalan lazim: Akta Kerja 1955 (Pindaan) 2022",
}

_ca_mygov := {
	"url": "https://www.malaysia.gov.my/my/topics/undang-undang-buruh",
	"title": "MyGOV portal, Undang-undang buruh: Akta Kerja 1955 (Pindaan) 2022",
}

_ca_skrine_ea := {
	"url": "https://www.skrine.com/insights/alerts/june-2022/major-changes-to-the-employment-act-to-be-enforced",
	"title": "Skrine, Major changes to the Employment Act to be enforced (June 2022)",
}

_ca_ag := {
	"url": "https://www.allenandgledhill.com/sg/publication/articles/22444/all-employees-irrespective-of-wages-to-be-covered-under-amended-employment-act-1955-from-1-january-2023",
	"title": "Allen & Gledhill / Rahmat Lim & Partners, All employees irrespective of wages to be covered under amended Employment Act 1955 from 1 January 2023",
}

_ca_babab := {
	"url": "https://babab.net/artikel/pindaan-kepada-akta-kerja-1955.html",
	"title": "babab.net, Pindaan kepada Akta Kerja 1955 (First Schedule after Act A1651)",
}

_ca_60a_old := {
	"url": "http://pesaraonline.net/easection60a.htm",
	"title": "pesaraonline.net, Employment Act 1955 s. 60A (text before the 2022 amendment)",
}

_ca_lopartners := {
	"url": "https://lopartners.my/amendment-of-the-employment-act-2022/",
	"title": "LO & Partners, Amendment of the Employment Act 2022",
}

_ca_jobsdb := {
	"url": "http://my.jobsdb.com/MY/EN/V6HTML/JobSeeker/handbook/regulation-of-employment/hiring_7.htm",
	"title": "JobsDB Malaysia, Job Seeker Handbook: Malaysian labour law, working hours and rest (where an employer requires overtime, at most 104 hours a month)",
}

_ca_assurance_60a := {
	"url": "http://www.assurancesquare.com/compliance/hours-of-work/",
	"title": "Assurance Square, Hours of work: text of Employment Act s. 60A(1) and of the general penalty (s. 99A)",
}

_ca_sreesteps := {
	"url": "https://sreesteps.blogspot.com/2024/01/maximum-working-hours-employment-act.html?m=0",
	"title": "Maximum working hours and overtime calculation - Employment Act (updated 2024)",
}

_ca_zenith := {
	"url": "https://zenithglobalgroup.com/2024/12/23/what-are-the-rules-for-overtime-workers-in-malaysia/",
	"title": "Zenith Global Group, What are the rules for overtime workers in Malaysia (December 2024)",
}

_ca_rivermate := {
	"url": "https://www.rivermate.com/guides/malaysia/working-hours",
	"title": "Rivermate, Malaysia working hours",
}

_ca_hba_ot := {
	"url": "https://hr.hba.com.my/i-work-overtime-until-midnight-but-my-pay-never-shows-it-is-this-fair",
	"title": "HBA HR, overtime under the Employment Act as amended in 2022",
}

_ca_dnh_ot := {
	"url": "https://dnh.com.my/can-employees-refuse-overtime/",
	"title": "Donovan & Ho, Can employees refuse overtime?",
}

_ca_pesara_ot := {
	"url": "http://pesaraonline.net/labourforum10/ParentDoc.asp?DocID=2110",
	"title": "pesaraonline.net forum, quoting Employment Act s. 60A(2)",
}

_ca_thomasphilip := {
	"url": "https://thomasphilip.com.my/articles/just-in-another-step-taken-towards-gender-equality",
	"title": "Thomas Philip, Another step taken towards gender equality (s. 37(1)(aa) and s. 41A as amended)",
}

_ca_pesara_37 := {
	"url": "http://pesaraonline.net/part9-BM.htm",
	"title": "pesaraonline.net, Akta Kerja 1955 Bahagian IX (Malay text of s. 37 before the 2022 amendment)",
}

_ca_otopass := {
	"url": "https://www.otopass.com/blog.php?id=6",
	"title": "Otopass, Maternity protection Q&A (s. 37 conditions)",
}

_ca_astudion_iii := {
	"url": "https://www.astudion.com/resources/legal/employment-act-1955/part-iii-payment-of-wages",
	"title": "Astudion, Employment Act 1955 Part III (text of ss. 18-21)",
}

_ca_astudion_iv := {
	"url": "https://www.astudion.com/resources/legal/employment-act-1955/part-iv-deductions-from-wages",
	"title": "Astudion, Employment Act 1955 Part IV (text of s. 24)",
}

_ca_s12 := {
	"url": "https://ru.scribd.com/document/396863147/Section-12-14-Employment-Act-1955",
	"title": "Course notes quoting Employment Act 1955 ss. 12 and 14",
}

_ca_lawyerment_14 := {
	"url": "https://www.lawyerment.com/library/legislation/acts/1955/265/part/II/page-2.htm",
	"title": "Lawyerment, Employment Act 1955 Part II (text of ss. 14-16)",
}

_ca_nube := {
	"url": "https://m-m8.malaysiakini.com/en/letters/601765",
	"title": "Malaysiakini, NUBE letter on the proposed s. 69F (no definition or grounds of discrimination; no pre-employment cover)",
}

_ca_bt_69f := {
	"url": "https://www.businesstoday.com.my/2023/10/16/no-need-for-specific-legislation-for-discrimination-on-pwd-hr-ministry/",
	"title": "Business Today, No need for specific legislation for discrimination on PWD - HR Ministry (s. 69F in force)",
}

_ca_ceacr_c100_2009 := {
	"url": "https://normlex.ilo.org/dyn/normlex/en/f?p=1000%3A13100%3A0%3A%3ANO%3A13100%3AP13100_COMMENT_ID%2CP13100_COUNTRY_ID%3A2320168%2C102960",
	"title": "ILO CEACR, Observation on C100 - Malaysia, adopted 2009 (Art. 8 of the Constitution protects only against discrimination by the State)",
}

_ca_ceacr_c100 := {
	"url": "https://normlex.ilo.org/dyn/nrmlx_en/f?p=NORMLEXPUB%3A13100%3A0%3A%3ANO%3A13100%3AP13100_COMMENT_ID%2CP13100_COUNTRY_ID%3A4411449%2C102960%3ANO",
	"title": "ILO CEACR, Observation on C100 - Malaysia, adopted 2024 (the 2022 amendments did not incorporate equal pay for work of equal value)",
}

_ca_avorix := {
	"url": "https://www.avorixinternational.com/key-changes-to-employment-act-malaysia-amendment-2022/",
	"title": "Avorix International, Key changes to Employment Act Malaysia amendment 2022 (s. 81H notice)",
}

_ca_wk := {
	"url": "https://www.wolterskluwer.com/en-my/expert-insights/changes-to-employment-act-what-to-expect-in-2022",
	"title": "Wolters Kluwer, Malaysia: Changes to Employment Act - what to expect in 2023",
}

_ca_smartouch := {
	"url": "http://www.smartouch.com.sg/post/if-sunday-is-your-non-working-day-but-do-you-know-it-call-rest-day-or-off-day/",
	"title": "Smartouch, rest day or off day (quoting Employment Act s. 59(1) from ILO NATLEX)",
}

_ca_malaysiadiy := {
	"url": "http://www.malaysiadiy.info/2023/06/rest-day.html",
	"title": "malaysiadiy.info, Rest day and work on rest day - Employment Act 1955 (2023; Chinese summary of s. 59)",
}

_ca_mylaw_cyp2 := {
	"url": "https://mylaw.my/legislation/children-and-young-persons-employment-act-1966/section-2",
	"title": "mylaw.my, Children and Young Persons (Employment) Act 1966 s. 2 (verbatim copy of the AGC updated text)",
}

_ca_mylaw_cyp := {
	"url": "https://mylaw.my/legislation/children-and-young-persons-employment-act-1966",
	"title": "mylaw.my, Children and Young Persons (Employment) Act 1966, ss. 1-1A (verbatim copy of the AGC updated text)",
}

_ca_dnh_cyp := {
	"url": "https://dnh.com.my/amendments-to-the-children-and-young-persons-employment-act-1966/",
	"title": "Donovan & Ho, Amendments to the Children and Young Persons (Employment) Act 1966 (in force 1 February 2019)",
}

_ca_chialee_cyp := {
	"url": "https://chialee.com.my/children-and-young-persons-employment",
	"title": "Chia Lee & Associates, Children and young persons employment (2019 amendments in operation on 1 February 2019)",
}

_ca_reprint_cyp := {
	"url": "https://de.scribd.com/document/329575879/Act-350-Children-and-Young-Persons-Employment-Act-1966",
	"title": "Copy of the AGC updated text of Act 350 as at 1 December 2011 (Act A1386 in operation on 1 March 2011)",
}

_ca_ceacr_c138_2012 := {
	"url": "http://ilo.org/dyn/normlex/en/f?p=1000%3A13100%3A0%3A%3ANO%3A13100%3AP13100_COMMENT_ID%2CP13100_COUNTRY_ID%3A3084652%2C102960",
	"title": "ILO CEACR, Observation on C138 - Malaysia, adopted 2012 (after the 2010 amendment no person under 18 in hazardous work)",
}

_ca_ceacr_c182_2022 := {
	"url": "https://normlex.ilo.org/dyn/normlex/de/f?p=1000%3A13100%3A0%3A%3ANO%3A13100%3AP13100_COMMENT_ID%2CP13100_COUNTRY_ID%3A4303895%2C102960%3ANO",
	"title": "ILO CEACR, Observation on C182 - Malaysia, adopted 2022 (Fourth Schedule list of hazardous work, 2019 amendment)",
}

_ca_bill_cyp := {
	"url": "https://www.parlimen.gov.my/files/billindex/pdf/2018/D.R.%2020_2018%20-%20BI.pdf",
	"title": "Children and Young Persons (Employment) (Amendment) Bill 2018, D.R. 20/2018 (Parliament of Malaysia; read in the klrkdekira/BillWatcher mirror)",
}

_ca_hr1st := {
	"url": "https://hr1st.blogspot.com/2010/12/regulations-of-employing-children-young.html",
	"title": "HR1st, Regulations of employing children and young persons (quoting Act 350 s. 5)",
}

_ca_kwa := {
	"url": "https://www.kevinwuassociates.com/post/can-employer-retain-their-employee-s-passport",
	"title": "Kevin Wu & Associates, Can employer retain their employee's passport?",
}

_ca_sun_passport := {
	"url": "https://thesun.my/malaysia-news/illegal-for-employers-to-retain-staff-passports-AH11523344",
	"title": "The Sun, Illegal for employers to retain staff passports (lawyers on Passports Act s. 12(1)(f))",
}

_ca_bill_passports := {
	"url": "https://www.parlimen.gov.my/files/billindex/pdf/1995/DR411995E.pdf",
	"title": "Passports (Amendment) Bill 1995, D.R. 41/1995, cl. 8 substituting s. 12(1) (Parliament of Malaysia; read in the klrkdekira/BillWatcher mirror)",
}

_ca_reprint_passports := {
	"url": "https://de.scribd.com/document/284707327/Act-150-Passport",
	"title": "Copy of the Laws of Malaysia reprint of Act 150, incorporating all amendments up to 1 January 2006",
}

_ca_bill_pea := {
	"url": "https://www.parlimen.gov.my/files/billindex/pdf/2017/D.R.%207_2017%20(eng).pdf",
	"title": "Private Employment Agencies (Amendment) Bill 2017, D.R. 7/2017, cls. 17-18 and First Schedule (Parliament of Malaysia; read in the klrkdekira/BillWatcher mirror)",
}

_ca_conventus_pea := {
	"url": "https://conventuslaw.com/report/malaysia-amendments-to-the-private-employment",
	"title": "Conventus Law, Malaysia: amendments to the Private Employment Agencies Act (in force 1 February 2018)",
}

_ca_mylaw_pea := {
	"url": "https://mylaw.my/legislation/act-1981-246?lang=en",
	"title": "mylaw.my, Private Employment Agencies Act 1981 ss. 1-3 (verbatim copy of the AGC updated text)",
}

_ca_bill_osh := {
	"url": "https://www.parlimen.gov.my/files/billindex/pdf/2020/DR%2013%20BI.pdf",
	"title": "Occupational Safety and Health (Amendment) Bill 2020, D.R. 13/2020, cl. 23 (new s. 26A) (Parliament of Malaysia; read in the klrkdekira/BillWatcher mirror)",
}

_ca_um_26a := {
	"url": "https://spm.um.edu.my/2024/08/04/workers-rights-what-you-need-to-know",
	"title": "Universiti Malaya SPM, Workers' rights - what you need to know (text of s. 26A and the DOSH guideline)",
}

_ca_conventus_osh := {
	"url": "https://conventuslaw.com/report/malaysia-key-changes-to-occupational-safety-and-health-law-2",
	"title": "Conventus Law, Malaysia: key changes to occupational safety and health law (OSHAA 2022 effective 1 June 2024)",
}

_ca_kensington := {
	"url": "https://www.kensington-trust.com/malaysia-key-changes-to-the-occupational-safety-and-health-act/",
	"title": "Kensington Trust, Malaysia - key changes to the Occupational Safety and Health Act (in force 1 June 2024)",
}

_ca_dosh_26 := {
	"url": "https://text-id.123dok.com/document/eqo1w6rjz-kewajipan-untuk-tidak-mengenakan-caj-ke-atas-pekerja-bagi-benda-yang-dilakukan-diskriminasi-terhadap-pekerja-dsb.html",
	"title": "Copy of the DOSH Garis Panduan bagi Akta Keselamatan dan Kesihatan Pekerjaan 1994, s. 26 (no charge to employees, e.g. for personal protective equipment)",
}

_ca_getfoundation := {
	"url": "https://www.getfoundation.com.my/blog/safety-committee-requirements-malaysia-osha-1994",
	"title": "GetFoundation, Safety committee requirements Malaysia: OSHA 1994 (40-employee threshold)",
}

_ca_oshware := {
	"url": "https://oshware.com/legal/safety-health/occupational-safety-and-health-act-1994",
	"title": "OSHware, Occupational Safety and Health Act 1994 (Act 514) as amended by Act A1648, effective 1 June 2024 (s. 1)",
}

_ca_mylaw_tua28 := {
	"url": "https://mylaw.my/legislation/trade-unions-act-1959/section-28",
	"title": "mylaw.my, Trade Unions Act 1959 s. 28 (verbatim copy of the AGC updated text)",
}

_ca_mylaw_tua := {
	"url": "https://mylaw.my/legislation/act-1959-262?lang=en",
	"title": "mylaw.my, Trade Unions Act 1959 (enacting formula: Peninsular Malaysia 1 June 1959, Sabah and Sarawak 1965)",
}

_ca_skrine_tua := {
	"url": "https://www.skrine.com/insights/alerts/september-2024/recent-amendments-to-trade-union-and-industrial-re",
	"title": "Skrine, Recent amendments to trade union and industrial relations laws (TUAA 2024 in operation 15 September 2024)",
}

_ca_rahmatlim_tua := {
	"url": "https://www.rahmatlim.com/publication/articles/27322/trade-unions-amendment-bill-2023-passed-in-senate",
	"title": "Rahmat Lim & Partners, Trade Unions (Amendment) Bill 2023 passed in Senate",
}

_ca_cfa_2637 := {
	"url": "http://ilo.org/dyn/normlex/en/f?p=1000%3A50002%3A0%3A%3ANO%3A50002%3AP50002_COMPLAINT_TEXT_ID%3A2911366",
	"title": "ILO Committee on Freedom of Association, Case No. 2637 (Malaysia), Report No. 353 (2009)",
}

_ca_mylaw_ira13 := {
	"url": "https://mylaw.my/legislation/industrial-relations-act-1967/section-13",
	"title": "mylaw.my, Industrial Relations Act 1967 s. 13 (verbatim copy of the AGC updated text)",
}

_ca_mylaw_ira := {
	"url": "https://mylaw.my/legislation/industrial-relations-act-1967",
	"title": "mylaw.my, Industrial Relations Act 1967 (in force 7 August 1967, P.U. (A) 350/1967)",
}

_ca_mylabourlaw_ira := {
	"url": "http://www.mylabourlaw.net/quick-guides/8-guide-to-industrial-relations-act-1967.php",
	"title": "mylabourlaw.net, Guide to the Industrial Relations Act 1967 (s. 5 prohibitions)",
}

_ca_mtuc_rights := {
	"url": "https://tradeunion.org.my/workers-rights-under-labour-laws/",
	"title": "tradeunion.org.my, Workers' rights to join unions under labour laws (EA s. 8, IRA ss. 4-5)",
}

_ca_mw_star := {
	"url": "https://thestar.com.my/news/nation/2024/10/19/minimum-wage-of-rm1700-also-applies-to-foreign-workers-says-national-wages-consultative-council",
	"title": "The Star, Minimum wage of RM1,700 also applies to foreign workers (NWCC FAQ; s. 43 of Act 732)",
}

_ca_mw_sun := {
	"url": "https://thesun.my/opinion-news/pros-and-cons-of-minimum-wage-order-LH13416379",
	"title": "The Sun, Pros and cons of Minimum Wage Order (Order 2024: RM1,700 from 1 February 2025, 1 August 2025 for fewer than five employees)",
}

_ca_mwo_2022 := {
	"url": "https://anyflip.com/rxehx/tbfi/basic",
	"title": "Copy of the Federal Gazette P.U. (A) 140, Perintah Gaji Minimum 2022 / Minimum Wages Order 2022",
}

# Employment Act 1955 as amended by Act A1651.
# The Employment Act's territory (s. 1) and the CYP Act's (s. 1(2)) as conditions
# on the workplace's region (ISO 3166-2: MY-12 Sabah, MY-13 Sarawak, MY-15 Labuan).
_ea_region := {
	"regions_excluded": ["MY-12", "MY-13"],
	"text": "Peninsular Malaysia and Labuan: the Employment Act 1955 does not apply in Sabah or Sarawak (s. 1).",
}

_cyp_region := {
	"regions_excluded": ["MY-12", "MY-13", "MY-15"],
	"text": "Peninsular Malaysia: the Children and Young Persons (Employment) Act 1966 applies there only (s. 1(2)).",
}

_ea := {
	"instrument": "Employment Act 1955 (Act 265), as amended by the Employment (Amendment) Act 2022 (Act A1651)",
	"url": _lom,
	"binding": "law",
	"conditions": _ea_region,
	"effective_from": "2023-01-01",
	"verification": "secondary",
}

# The Act before Act A1651, as seen in the 2006 reprint and copies of it.
_ea_old := {
	"instrument": "Employment Act 1955 (Act 265), before the Employment (Amendment) Act 2022",
	"url": _lom,
	"binding": "law",
	"conditions": _ea_region,
	"effective_from": "2006-01-01",
	"effective_to": "2023-01-01",
	"verification": "secondary",
}

_ea_old_note := "Encoded from 1 January 2006, the date of the reprint of the Act (all amendments up to 1 January 2006) in which hrdd saw this text; the first day the rule was in force was not checked. Until 31 December 2022 the Act covered only employees earning up to RM2,000 a month and manual and certain other workers (First Schedule)."

_ea_n(xs) := array.concat(xs, [_ea_note, _where_ea])

# For provisions whose earlier value is encoded too (48 hours, 60 days).
_ea_w(xs) := array.concat(xs, [_where_ea])

_cyp := {
	"instrument": "Children and Young Persons (Employment) Act 1966 (Act 350)",
	"url": _lom,
	"binding": "law",
	"conditions": _cyp_region,
}

_osh := {
	"instrument": "Occupational Safety and Health Act 1994 (Act 514), as amended by the Occupational Safety and Health (Amendment) Act 2022 (Act A1648)",
	"url": _lom,
	"binding": "law",
	"effective_from": "2024-06-01",
	"verification": "secondary",
}

_osh_scope := "Until 31 May 2024 the Act applied only to the industries of its First Schedule (manufacturing, mining, construction, agriculture, utilities, transport, trade, hotels and restaurants, finance and business services, public services); from 1 June 2024 (Act A1648) to all places of work. The earlier period is not encoded."

_nwcc := {
	"instrument": "National Wages Consultative Council Act 2011 (Act 732) and the Minimum Wages Orders 2022 and 2024",
	"url": _lom,
	"binding": "law",
	"effective_from": "2022-05-01",
	"verification": "secondary",
}

_ira := {
	"instrument": "Industrial Relations Act 1967 (Act 177)",
	"url": _lom,
	"binding": "law",
	"effective_from": "1967-08-07",
}

# METADATA
# title: Minimum age for employment
# description: Under 15 only in the employments s. 2(2) allows (family light work from 13, licensed entertainment, government schools, approved apprenticeship), since Act A1386 (1 March 2011).
sources contains object.union(_cyp, {
	"requirement": "child_labour.minimum_age",
	"value": 15,
	"article": "ss. 1A(1), 2",
	"effective_from": "2011-03-01",
	"verification": "primary",
	"checked_against": [_ca_mylaw_cyp, _ca_mylaw_cyp2, _ca_reprint_cyp, _ca_ceacr_c138_2012, _ca_chialee_cyp],
	"notes": [
		"A \"child\" is a person under 15 (s. 1A(1)); no child or young person may be engaged in any employment other than those s. 2 specifies (s. 2(1a)), and a child only in the employments of s. 2(2). Read in mylaw.my's copy of the AGC updated text.",
		"Under 15 since the Children and Young Persons (Employment) (Amendment) Act 2010 (Act A1386), in operation on 1 March 2011 (reprint as at 1 December 2011); before, under 14. The Act did not apply to persons of 16 or 17 already employed before Act A1386 (s. 2 of that Act).",
		"Malaysia declared 15 years on ratifying C138 (CEACR).",
		_where_cyp,
	],
	"exceptions": [
		{
			"article": "s. 2(2)(a), (2a)",
			"value": 13,
			"text": "A child may do light work suitable to his capacity in an undertaking carried on by his family (parent, sibling or guardian); since 1 February 2019 (Act A1586) not below the age of 13.",
		},
		{
			"article": "s. 2(2)(b)-(d)",
			"text": "A child may also be employed in public entertainment under a licence, in work approved or sponsored by the Government in a school, training institution or training vessel, and as an apprentice under a written contract approved by the Director General.",
		},
	],
})

_hazardous_2011_notes := [
	"The Children and Young Persons (Employment) (Amendment) Act 2010 (Act A1386, in operation 1 March 2011) barred every child and young person (under 18) from hazardous work, defined as work classified as hazardous by a risk assessment of a competent authority determined by the Minister (s. 2(1), (6)); no list was made (CEACR 2012).",
	_where_cyp,
]

# METADATA
# title: Minimum age for hazardous work, 2011-2019
sources contains object.union(_cyp, {
	"requirement": "child_labour.hazardous_work_minimum_age",
	"value": 18,
	"article": "ss. 1A(1), 2(1), (6)",
	"effective_from": "2011-03-01",
	"effective_to": "2019-02-01",
	"verification": "secondary",
	"checked_against": [_ca_reprint_cyp, _ca_ceacr_c138_2012],
	"notes": _hazardous_2011_notes,
})

# METADATA
# title: Minimum age for hazardous work, from 1 February 2019
sources contains object.union(_cyp, {
	"requirement": "child_labour.hazardous_work_minimum_age",
	"value": 18,
	"article": "ss. 1A(1), 2(1), (1a), (2b); Fourth and Fifth Schedules",
	"effective_from": "2019-02-01",
	"verification": "primary",
	"checked_against": [_ca_mylaw_cyp2, _ca_mylaw_cyp, _ca_bill_cyp, _ca_ceacr_c182_2022, _ca_dnh_cyp, _ca_chialee_cyp],
	"notes": [
		"No child or young person (under 18) may be engaged in any hazardous work (s. 2(1a)), listed in the Fourth Schedule (machinery, underground and confined spaces, heights, hazardous chemicals, construction, timber, offshore work, among others); nor in the employments of the Fifth Schedule (prostitution, escort and hostess work, alcohol production and trade, gambling, massage, pornography, drugs) (s. 2(2b)). Read in mylaw.my's copy of the AGC updated text and in the 2018 bill.",
		"Children and Young Persons (Employment) (Amendment) Act 2019 (Act A1586), in operation on 1 February 2019 (law firms; the gazette notification was not read).",
		_where_cyp,
	],
	"exceptions": [{
		"article": "s. 2(1b)",
		"value": 15,
		"text": "A young person (15 to 17) may do hazardous work with personal supervision under an apprenticeship contract or while undergoing vocational training.",
	}],
})

# METADATA
# title: Minimum age for night work (not encoded)
sources contains object.union(_cyp, {
	"requirement": "child_labour.night_work_minimum_age",
	"entry": "not_encoded",
	"article": "ss. 5, 6",
	"effective_from": "2011-03-01",
	"verification": "secondary",
	"checked_against": [_ca_hr1st],
	"reason": "No child (under 15) may work between 8 p.m. and 7 a.m. (s. 5(1)(a), quoted in a secondary source), but the night-work rule for young persons of 15 to 17 in s. 6 (\"Hours of work of young persons\") and its exceptions were not found in a checked source (the copies of the Act seen gave s. 6 only as a heading), so the minimum age for night work (15 or 18) cannot be stated. Section 2(5) is not the night-work rule as far as can be seen: the Sabah Labour Ordinance s. 72, which mirrors s. 2, has as its subsection (5) a bar on employing children and young persons contrary to the Electricity Supply Act 1990 or the Occupational Safety and Health Act 1994 (Labour Ordinance of Sabah (Amendment) Act 2025 s. 17, mylaw.my); Act 350 s. 2(5) itself was not read.",
	"notes": [_where_cyp],
})

# METADATA
# title: Recruitment fees (restriction, capped fees allowed)
sources contains {
	"requirement": "forced_labour.no_recruitment_fees",
	"entry": "restriction",
	"value": false,
	"instrument": "Private Employment Agencies Act 1981 (Act 246), as amended by the Private Employment Agencies (Amendment) Act 2017 (Act A1554)",
	"article": "ss. 14, 14A, 14B; First Schedule",
	"url": _lom,
	"binding": "law",
	"effective_from": "2018-02-01",
	"verification": "secondary",
	"checked_against": [_ca_bill_pea, _ca_conventus_pea, _ca_mylaw_pea],
	"notes": [
		"A licensed private employment agency may charge a job seeker a registration fee (RM30 for jobs in Malaysia, RM50 for jobs abroad) and, on acceptance of an offer, a placement fee of up to 25 % of the first month's basic wages; a non-citizen employee placed in Malaysia up to one month's basic wages; no other fee (ss. 14, 14A, 14B(1), First Schedule, as in the 2017 bill). The law caps recruitment fees charged to workers; it does not bar them.",
		"The placement fee may be paid by the employer, and then may not be demanded from the worker (s. 14B(2)-(3)).",
		"Fees charged by recruiters in the workers' countries of origin are outside the Act. Government zero-cost recruitment commitments for migrant workers are policy, not encoded.",
		"Act A1554 in force 1 February 2018 (law firm and the Minister's statement reported by the press); figures read in the bill, not in the Act as passed.",
		_where_federal,
	],
}

# METADATA
# title: No retention of identity documents
sources contains {
	"requirement": "forced_labour.no_retention_of_identity_documents",
	"value": true,
	"instrument": "Passports Act 1966 (Act 150)",
	"article": "s. 12(1)(f)",
	"url": _lom,
	"binding": "law",
	"effective_from": "2006-01-01",
	"verification": "secondary",
	"checked_against": [_ca_kwa, _ca_sun_passport, _ca_bill_passports, _ca_reprint_passports],
	"notes": [
		"Any person who, without lawful authority, has in his possession a passport or internal travel document issued for the use of another person commits an offence (fine up to RM10,000, imprisonment up to five years, or both; text of the 1995 bill). Lawyers read it to forbid employers to keep workers' passports except briefly for permit renewal or at an authority's request.",
		"The wording dates from the Passports (Amendment) Bill 1995; encoded from 1 January 2006, the reprint date at which it is certainly in force (the amending Act's commencement was not checked).",
		_where_federal,
	],
}

# METADATA
# title: Workers free to resign; forced labour an offence
sources contains object.union(_ea, {
	"requirement": "forced_labour.free_to_resign",
	"value": true,
	"article": "ss. 12(1), 13(1), 90B",
	"checked_against": [_ca_s12, _ca_lawyerment_14, _ca_bill_ea, _ca_jtksm],
	"notes": _ea_n([
		"Either party may at any time give the other notice to terminate the contract (s. 12(1)), or terminate without notice by paying an indemnity equal to the wages for the notice period (s. 13(1)); the employee may leave without notice when he or his dependants are immediately threatened by danger to the person (s. 14(3)).",
		"Since 1 January 2023 an employer who threatens, deceives or forces an employee to do any activity, service or work and prevents the employee from proceeding beyond the place where it is done commits an offence (fine up to RM100,000, imprisonment up to two years, or both; s. 90B, text of the bill). Forced labour is also an offence under the Anti-Trafficking in Persons and Anti-Smuggling of Migrants Act 2007 (not encoded).",
	]),
})

# Hours. Normal hours (s. 60A(1)): "an employee shall not be required under his
# contract of service to work" more than 8 hours a day or 45 a week (48 before
# 2023), nor beyond a spread-over of 10 hours. The words bind the contract's
# normal hours: overtime is work beyond the normal hours so agreed and is paid at
# 1.5 times the hourly rate (s. 60A(3)); the employer may require it within the
# caps (12 hours' work a day; 104 hours of overtime a month under the 1980
# Regulations, which bar requiring more, so allow requiring less), and a refusal
# of reasonable overtime can be misconduct (Industrial Court). Neither the
# worker's consent nor a permit is needed: paying is all it takes, so 8 and 45 are
# overtime pay thresholds, not limits on hours (catalogue rule on hours); the
# limits are the daily total and the monthly overtime caps. Section 60A(2) (work
# beyond the limits and on rest days in emergencies) and (3) were read only as
# quoted in secondary sources.

_hours_notes := [
	"Normal hours may not exceed 8 a day, 45 a week and a spread-over of 10 hours (s. 60A(1)); where hours on one or more days are under 8, up to 9 hours on the other days (proviso (iii)). The Director General may permit longer hours (s. 60A(1A)); shift workers may average 45 hours over three weeks (s. 60C).",
	"Overtime (work beyond normal hours) may be required within 12 hours' work a day and 104 hours of overtime a month; refusing reasonable overtime can be misconduct (Industrial Court, Cathay Organisation v National Union of Cinema & Amusement Workers [1985] 1 ILR 721, as reported). So the normal-hours figures are overtime pay thresholds, not limits on hours.",
	"Reading of s. 60A(1): the employee \"shall not be required under his contract of service to work\" more than the figures (text read in copies of the Act): they bound the normal hours the contract may fix, not the hours worked, since work beyond them is overtime paid under s. 60A(3) and may be required within the caps. Section 60A(2) lets the employer require work beyond the limits and on a rest day in emergencies (accident, essential work, defence, urgent work to machinery, unforeseeable interruption, industrial undertakings essential to the economy; as quoted in secondary sources); hrdd does not read it as the only case in which overtime may be required, since the 1980 Regulations cap the overtime an employer may require in a month (as reported). The full text of s. 60A(2)-(3) as amended was not read.",
]

# METADATA
# title: Maximum regular hours per day (none as a limit)
sources contains object.union(_ea, {
	"requirement": "working_hours.regular_daily_max",
	"entry": "absence",
	"article": "s. 60A(1)(b), (3)",
	"checked_against": [_ca_60a_old, _ca_assurance_60a, _ca_dnh_ot, _ca_jobsdb, _ca_sreesteps],
	"notes": _ea_n(array.concat(_hours_notes, ["The 8-hour normal day is encoded as the daily overtime pay threshold; the limit on hours is the 12-hour day (working_hours.total_daily_max)."])),
})

# METADATA
# title: Maximum regular hours per week (none as a limit)
sources contains object.union(_ea, {
	"requirement": "working_hours.regular_weekly_max",
	"entry": "absence",
	"article": "s. 60A(1)(d), (3)",
	"checked_against": [_ca_jtksm, _ca_skrine_ea, _ca_60a_old, _ca_assurance_60a, _ca_dnh_ot, _ca_jobsdb, _ca_sreesteps],
	"notes": _ea_w(array.concat(_hours_notes, ["The 45-hour normal week (48 before 1 January 2023) is encoded as the weekly overtime pay threshold; the limits on hours are the 12-hour day and 104 hours of overtime a month."])),
})

# METADATA
# title: Maximum regular hours per week before 2023 (none as a limit)
sources contains object.union(_ea_old, {
	"requirement": "working_hours.regular_weekly_max",
	"entry": "absence",
	"article": "s. 60A(1)(d), (3)",
	"checked_against": [_ca_60a_old, _ca_dnh_ot],
	"notes": [
		"Normal hours were at most 48 a week (s. 60A(1)(d)), encoded as the weekly overtime pay threshold; overtime could be required within the caps, as from 2023.",
		_ea_old_note,
		_where_ea,
	],
})

_threshold_weekly_notes := [
	"Overtime is the hours of work in excess of the normal hours of work per day; normal hours are those agreed in the contract, not exceeding the limits of s. 60A(1) (s. 60A(3)(b)-(c)). Since normal hours may not exceed the weekly limit, overtime pay is due at the latest beyond it.",
	_first_schedule,
]

# METADATA
# title: Weekly hours after which overtime pay is due, from 1 January 2023
sources contains object.union(_ea, {
	"requirement": "working_hours.overtime_pay_threshold_weekly",
	"value": 45,
	"article": "s. 60A(1)(d), (3)",
	"checked_against": [_ca_bill_ea, _ca_jtksm, _ca_mygov, _ca_skrine_ea, _ca_lopartners, _ca_babab],
	"notes": _ea_w(array.concat(["45 hours a week from 1 January 2023 (\"forty-eight\" replaced by \"forty-five\" in s. 60A(1) and s. 60C(1), Act A1651 s. 20-21; in force on that date per the Labour Department)."], _threshold_weekly_notes)),
})

# METADATA
# title: Weekly hours after which overtime pay is due, before 2023
sources contains object.union(_ea_old, {
	"requirement": "working_hours.overtime_pay_threshold_weekly",
	"value": 48,
	"article": "s. 60A(1)(d), (3)",
	"checked_against": [_ca_60a_old, _ca_pesara_ot],
	"notes": array.concat(
		array.concat(["48 hours a week until 31 December 2022."], _threshold_weekly_notes),
		[_ea_old_note, _where_ea],
	),
})

# METADATA
# title: Daily hours after which overtime pay is due
sources contains object.union(_ea, {
	"requirement": "working_hours.overtime_pay_threshold_daily",
	"value": 8,
	"article": "s. 60A(1)(b), (3)",
	"checked_against": [_ca_60a_old, _ca_pesara_ot, _ca_sreesteps],
	"notes": _ea_n([
		"Overtime is work in excess of the normal hours of work per day (s. 60A(3)(b)); normal hours may not exceed 8 a day (s. 60A(1)(b)). Work after the 10-hour spread-over is overtime whatever the hours worked (s. 60A(3)(b) proviso).",
		_first_schedule,
	]),
	"exceptions": [{
		"article": "s. 60A(1) proviso (iii)",
		"value": 9,
		"text": "Where by agreement the hours on one or more days of the week are under 8, the normal day may be up to 9 hours on the other days (within the weekly limit), so overtime pay may start after the 9th hour.",
	}],
})

# METADATA
# title: Maximum total hours per day
sources contains object.union(_ea, {
	"requirement": "working_hours.total_daily_max",
	"value": 12,
	"article": "s. 60A(7)",
	"checked_against": [_ca_sreesteps, _ca_zenith, _ca_hba_ot],
	"notes": _ea_n([
		"No employer may require an employee to work more than 12 hours in any one day, overtime included (secondary sources; the section number is as reported in one of them, the text was not read). One source reports that the cap yields in the emergencies of s. 60A(2)(a)-(e) (accident, work essential to the life of the community or to defence, urgent work to machinery, unforeseeable interruption).",
	]),
})

# METADATA
# title: Maximum total hours per week (none)
sources contains object.union(_ea, {
	"requirement": "working_hours.total_weekly_max",
	"entry": "absence",
	"article": "s. 60A",
	"checked_against": [_ca_sreesteps, _ca_rivermate],
	"notes": _ea_n(["No weekly cap on hours including overtime: normal hours are capped at 45 a week, overtime at 104 hours a month, and total work at 12 hours a day."]),
})

_ot_regs := {
	"instrument": "Employment (Limitation of Overtime Work) Regulations 1980, made under the Employment Act 1955",
	"article": "reg. 2",
	"url": _lom,
	"binding": "law",
	"conditions": _ea_region,
	"effective_from": "2023-01-01",
	"verification": "secondary",
}

# METADATA
# title: Maximum overtime per month
sources contains object.union(_ot_regs, {
	"requirement": "working_hours.overtime_monthly_max",
	"value": 104,
	"checked_against": [_ca_sreesteps, _ca_zenith, _ca_rivermate, _ca_hba_ot, _ca_jobsdb],
	"notes": [
		"No employee may be required to work more than 104 hours of overtime in any one month (sources differ on whether work on rest days and public holidays counts towards the limit).",
		"The regulation number (reg. 2) is as cited, with the copy of the Regulations published by the Labour Department of Peninsular Malaysia (JTKSM), in payroll software documentation found in public repositories; hrdd did not read the Regulations themselves, and the sources named here give the figure without the number.",
		"Encoded from 1 January 2023, the date from which hrdd encodes the Employment Act; the 104-hour limit is older (the Regulations are of 1980; when 104 hours was set was not checked).",
		_where_ea,
	],
})

# METADATA
# title: Maximum overtime per day (none)
sources contains object.union(_ea, {
	"requirement": "working_hours.overtime_daily_max",
	"entry": "absence",
	"article": "s. 60A",
	"checked_against": [_ca_sreesteps, _ca_zenith],
	"notes": _ea_n(["No separate daily cap on overtime: total work is capped at 12 hours a day (working_hours.total_daily_max), which leaves 4 hours after an 8-hour normal day."]),
})

# METADATA
# title: Maximum overtime per week (none)
sources contains object.union(_ea, {
	"requirement": "working_hours.overtime_weekly_max",
	"entry": "absence",
	"article": "s. 60A; Employment (Limitation of Overtime Work) Regulations 1980",
	"checked_against": [_ca_sreesteps, _ca_rivermate],
	"notes": _ea_n(["Overtime is capped per month (104 hours) and total work per day (12 hours); there is no weekly overtime cap."]),
})

# METADATA
# title: Maximum overtime per year (none)
sources contains object.union(_ea, {
	"requirement": "working_hours.overtime_yearly_max",
	"entry": "absence",
	"article": "s. 60A; Employment (Limitation of Overtime Work) Regulations 1980",
	"checked_against": [_ca_sreesteps, _ca_rivermate],
	"notes": _ea_n(["Overtime is capped per month (104 hours), not per year."]),
})

# METADATA
# title: Overtime is not voluntary (restriction)
sources contains object.union(_ea, {
	"requirement": "working_hours.overtime_voluntary",
	"entry": "restriction",
	"value": false,
	"article": "s. 60A(2), (3); Industrial Court case law",
	"checked_against": [_ca_dnh_ot, _ca_pesara_ot, _ca_hba_ot],
	"notes": _ea_n([
		"The Act states no right to refuse overtime. The employer may require work beyond the limits and on a rest day in emergencies (s. 60A(2)(a)-(f); the Director General may decide whether the call was justified), and the Industrial Court treats refusal of reasonable, customary overtime as insubordination (Cathay Organisation v National Union of Cinema & Amusement Workers [1985] 1 ILR 721), weighing the worker's reasons case by case (as reported by Donovan & Ho).",
		"Beyond 12 hours' work a day or 104 hours of overtime a month an employee may not be required to work.",
	]),
})

# METADATA
# title: Minimum overtime premium
sources contains object.union(_ea, {
	"requirement": "working_hours.overtime_premium_min_percent",
	"value": 150,
	"article": "s. 60A(3)(a)",
	"checked_against": [_ca_pesara_ot, _ca_hba_ot, _ca_babab],
	"notes": _ea_n([
		"At least 1.5 times the hourly rate of pay for overtime on a normal working day; 2 times for overtime on a rest day and 3 times on a public holiday (ss. 60(3), 60D(3)).",
		_first_schedule,
	]),
})

# METADATA
# title: Minimum weekly rest
sources contains object.union(_ea, {
	"requirement": "rest.weekly_rest_min_hours",
	"value": 24,
	"article": "s. 59(1), (1A)",
	"checked_against": [_ca_smartouch, _ca_malaysiadiy],
	"notes": _ea_n([
		"One whole day of rest in each week, fixed by the employer (s. 59(1)); a day is 24 hours from midnight, encoded as 24 consecutive hours. For shift workers any continuous period of 30 hours is a rest day (s. 59(1A)).",
		"No employee may be compelled to work on a rest day unless the work must be carried on continuously by shifts (s. 60(1)) or in the emergencies of s. 60A(2).",
	]),
	"exceptions": [{
		"article": "s. 59(1B)",
		"text": "The Director General may, on the employer's written application, allow the rest days to be fixed on any days of the month instead of one in each week.",
	}],
})

# METADATA
# title: Minimum annual paid leave
sources contains object.union(_ea, {
	"requirement": "leave.annual_paid_min_days",
	"value": 6.67,
	"statute": {
		"value": 8,
		"unit": "working days on a 6-day week",
		"conversion": "the Act allows a 6-day week (one rest day a week, s. 59; 8 hours a day, 45 a week, s. 60A(1)), on which 8 working days are 1 1/3 weeks = 6.67 working days of a 5-day week (x 5/6); on a 5-day week the entitlement is 8 days",
	},
	"article": "s. 60E(1)",
	"checked_against": [_ca_mygov, _ca_jtksm],
	"conditions": {
		"service_months_min": 12,
		"text": "Owed for every 12 months of continuous service with the same employer (s. 60E(1)); Peninsular Malaysia and Labuan (s. 1).",
	},
	"notes": _ea_n([
		"8 days for every 12 months of continuous service with less than 2 years' service, 12 days with 2 to 5 years, 16 days with 5 years or more (s. 60E(1)(a)-(c)); 10 and 13.33 working days of a 5-day week. Only the first tier is encoded: a service condition is shown, never used to choose a value, so higher tiers as separate sources would apply to every worker.",
	]),
})

_maternity_days := {
	"unit": "consecutive days",
	"conversion": "/ 7 = weeks",
}

# METADATA
# title: Minimum maternity leave, from 1 January 2023
sources contains object.union(_ea, {
	"requirement": "maternity.leave_min_weeks",
	"value": 14,
	"statute": object.union(_maternity_days, {"value": 98, "conversion": "98 / 7 = 14 weeks"}),
	"article": "s. 37(1)(a)(i), (d)(ii)",
	"checked_against": [_ca_skrine_ea, _ca_jtksm, _ca_mygov, _ca_thomasphilip],
	"notes": _ea_w([
		"Maternity leave (the eligible period) of not less than 98 consecutive days for each confinement, 60 before 1 January 2023; raised to 98 at committee stage (the bill said 90). Rest days and public holidays fall within the 98 days.",
		"Paternity leave of 7 consecutive days for up to five confinements (s. 60FA) and protection of pregnant employees against termination (s. 41A) since the same date; not catalogue requirements here except as noted under non-discrimination.",
	]),
})

# METADATA
# title: Minimum maternity leave, before 2023
sources contains object.union(_ea_old, {
	"requirement": "maternity.leave_min_weeks",
	"value": 8.57,
	"statute": object.union(_maternity_days, {"value": 60, "conversion": "60 / 7 = 8.57 weeks"}),
	"article": "s. 37(1)(a), (d)(ii)",
	"checked_against": [_ca_pesara_37, _ca_skrine_ea],
	"notes": [
		"Maternity leave of not less than 60 consecutive days for each confinement.",
		_ea_old_note,
		_where_ea,
	],
})

# METADATA
# title: Minimum maternity cash benefit
sources contains object.union(_ea, {
	"requirement": "maternity.cash_benefit_min_percent",
	"value": 100,
	"statute": {
		"value": 1,
		"unit": "ordinary rate of pay for one day, for each day of the eligible period (or the rate the Minister prescribes, whichever is higher)",
		"conversion": "the daily ordinary rate of pay = 100 % of earnings",
	},
	"article": "s. 37(1)(a)(ii), (1)(c), (2)(a)-(c)",
	"checked_against": [_ca_pesara_37, _ca_otopass, _ca_mygov, _ca_jtksm],
	"notes": _ea_n([
		"Paid by the employer for the whole eligible period (98 days) to a woman employed by him for at least 90 days in the 9 months before confinement and at any time in the 4 months before it (s. 37(2)(a)); none if she has five or more surviving children (s. 37(1)(c)). Worker-level conditions, not encoded as conditions.",
		"A monthly-paid employee is deemed paid if her monthly wages continue unabated (s. 37(2)(c)). The rate was read in a copy of the Malay text before 2023; the 2022 amendment extended the period, not the rate (Ministry summaries).",
	]),
})

# METADATA
# title: No compulsory leave after childbirth (none)
sources contains object.union(_ea, {
	"requirement": "maternity.compulsory_postnatal_weeks",
	"entry": "absence",
	"article": "s. 37(1)(aa)",
	"checked_against": [_ca_thomasphilip, _ca_bill_ea],
	"notes": _ea_n(["A woman entitled to maternity leave may, with her employer's consent, return to work at any time during the eligible period if a registered medical practitioner certifies her fit (s. 37(1)(aa) as substituted by Act A1651); the Act sets no period after childbirth during which she may not work."]),
})

# METADATA
# title: No pregnancy test required of job applicants (none)
sources contains object.union(_ea, {
	"requirement": "maternity.no_pregnancy_testing",
	"entry": "absence",
	"article": "ss. 41A, 69F",
	"checked_against": [_ca_nube, _ca_thomasphilip],
	"notes": _ea_n(["No provision bars pregnancy tests of applicants. Termination of a pregnant employee is an offence save for wilful breach, misconduct or closure of business (s. 41A, from 1 January 2023), and the Director General may decide disputes on discrimination between an employee and his employer (s. 69F), which does not reach applicants before employment (NUBE's reading of the bill)."]),
})

# METADATA
# title: Statutory minimum wage paid
sources contains object.union(_nwcc, {
	"requirement": "wages.minimum_wage_paid",
	"value": true,
	"article": "ss. 23, 24, 43; Minimum Wages Order 2022 (P.U. (A) 140/2022); Minimum Wages Order 2024",
	"checked_against": [_ca_mwo_2022, _ca_mw_star, _ca_mw_sun],
	"notes": [
		"The employer must pay basic wages not below the minimum wages rates of the Order, even where the employee agrees to less; failure is an offence (fine up to RM10,000 for each employee; s. 43). A contractual rate below the minimum is replaced by it (s. 24(2)).",
		"Minimum Wages Order 2022 (in force 1 May 2022, some paragraphs on other dates): RM1,500 a month. Minimum Wages Order 2024: RM1,700 a month from 1 February 2025, and from 1 August 2025 for employers with fewer than five employees not in professional activities (MASCO). Applies to non-citizens; not to domestic employees or apprentices. Earlier Orders are not encoded.",
		_where_federal,
	],
})

# METADATA
# title: Living wage (none)
sources contains object.union(_nwcc, {
	"requirement": "wages.living_wage",
	"entry": "absence",
	"article": "ss. 23, 43",
	"checked_against": [_ca_mw_sun, _ca_mw_star],
	"notes": [
		"The Act provides for minimum wages orders made on the Council's recommendation; no law requires a living wage.",
		_where_federal,
	],
})

# METADATA
# title: Wages paid at least monthly, within 7 days
sources contains object.union(_ea, {
	"requirement": "wages.paid_regularly",
	"value": true,
	"article": "ss. 18, 19(1)",
	"checked_against": [_ca_astudion_iii],
	"notes": _ea_n(["The wage period may not exceed one month (s. 18); wages must be paid not later than the seventh day after the end of each wage period (s. 19(1)); pay for overtime, rest-day and holiday work by the last day of the next wage period (s. 19(2)). The Director General may extend the time (s. 19(3))."]),
})

# METADATA
# title: Deductions only as the Act prescribes
sources contains object.union(_ea, {
	"requirement": "wages.deductions_only_as_prescribed",
	"value": true,
	"article": "s. 24(1)-(4)",
	"checked_against": [_ca_astudion_iv],
	"notes": _ea_n(["No deductions otherwise than in accordance with the Act (s. 24(1)): overpayments of the last three months, the indemnity for leaving without notice, advances without interest, deductions authorised by other written law (s. 24(2)); union and co-operative dues and share purchases at the employee's written request (s. 24(3)); insurance, provident and welfare schemes, payments to third parties and goods of the employer's business at the employee's written request and with the Director General's prior written permission (s. 24(4)). Unlawful deductions are an offence (s. 91(c))."]),
})

# METADATA
# title: No disciplinary deductions
sources contains object.union(_ea, {
	"requirement": "wages.no_disciplinary_deductions",
	"value": true,
	"article": "ss. 14(1)(c), 24",
	"checked_against": [_ca_astudion_iv, _ca_lawyerment_14],
	"notes": _ea_n([
		"Fines are not among the deductions s. 24 allows, so a disciplinary deduction from wages is unlawful.",
		"After due inquiry the employer may impose a lesser punishment for misconduct, including suspension without wages for at most two weeks (s. 14(1)(c)): a loss of wages, not a deduction, noted here.",
	]),
})

# METADATA
# title: No wage deductions to pay for getting a job (not encoded)
sources contains object.union(_ea, {
	"requirement": "wages.no_deductions_for_obtaining_employment",
	"entry": "not_encoded",
	"article": "s. 24",
	"checked_against": [_ca_astudion_iv],
	"reason": "The Act has no rule aimed at such deductions: deductions for payments to a third party on the employee's behalf are lawful at his written request with the Director General's prior permission (s. 24(4)); whether the Director General permits deductions for recruitment costs, and what the employer undertakings for foreign workers require, was not checked.",
	"notes": [_where_ea],
})

# METADATA
# title: Prohibited grounds of discrimination (Industrial Relations Act)
sources contains object.union(_ira, {
	"requirement": "non_discrimination.grounds",
	"value": ["union_membership"],
	"article": "s. 5(1)",
	"verification": "secondary",
	"checked_against": [_ca_mylabourlaw_ira, _ca_mtuc_rights, _ca_ceacr_c98],
	"notes": [
		"No employer may refuse to employ a person, or discriminate against him in employment, promotion or conditions, because he is or is not a member or officer of a trade union, nor dismiss or threaten him for joining or taking part in union activities (s. 5(1)(b)-(d)).",
		"Section 52 excludes public servants from Parts II to VI of the Act, these protections included (CEACR 2025).",
		_where_ira,
	],
})

# METADATA
# title: Prohibited grounds of discrimination (Employment Act)
sources contains object.union(_ea, {
	"requirement": "non_discrimination.grounds",
	"value": ["pregnancy"],
	"article": "ss. 41A, 69F",
	"checked_against": [_ca_bill_ea, _ca_thomasphilip, _ca_nube, _ca_bt_69f, _ca_ceacr_c100_2009],
	"notes": _ea_n([
		"Terminating a pregnant employee, or one ill from her pregnancy, is an offence except for wilful breach of contract, misconduct or closure of the business; the employer must prove the termination was not for pregnancy (s. 41A). Termination only.",
		"Section 69F lets the Director General inquire into and decide disputes on discrimination in employment between an employee and his employer, with a fine up to RM50,000 for failing to comply with his order; it names no grounds and defines no discrimination, so no grounds are encoded from it.",
		"Article 8 of the Federal Constitution (gender added in 2001) protects only against discrimination by the State and its agencies, not by private employers (CEACR 2009); not encoded.",
	]),
})

# METADATA
# title: Equal pay for work of equal value (none)
sources contains object.union(_ea, {
	"requirement": "equal_pay.equal_value",
	"entry": "absence",
	"article": "the Act as a whole (no provision); s. 69F",
	"checked_against": [_ca_ceacr_c100],
	"notes": _ea_n(["No statute states the principle of equal remuneration for men and women for work of equal value; the ILO Committee of Experts regretted in 2024 that the 2022 amendments to the Employment Act did not incorporate it, though Malaysia ratified C100 in 1997."]),
})

# METADATA
# title: Right to organise (restriction)
sources contains {
	"requirement": "freedom_of_association.right_to_organise",
	"entry": "restriction",
	"value": false,
	"instrument": "Trade Unions Act 1959 (Act 262)",
	"article": "ss. 8, 12, 15, 28(1)(a)",
	"url": _lom,
	"binding": "law",
	"effective_from": "1959-06-01",
	"verification": "secondary",
	"checked_against": [_ca_mylaw_tua28, _ca_mylaw_tua, _ca_skrine_tua, _ca_rahmatlim_tua, _ca_cfa_2637],
	"notes": [
		"Workers may form and join unions, but a union must register with the Director General of Trade Unions, who may refuse or cancel registration (ss. 8, 12, 15), and a person who is not a citizen may not be an officer of a union (s. 28(1)(a), read in mylaw.my's copy of the AGC text), save in a union which in the Minister's opinion must by its objects represent persons not resident in Peninsular Malaysia, Sabah or Sarawak. Non-citizen workers may be members but not officers; the ILO Committee on Freedom of Association has urged that migrant domestic workers be allowed to organise (Case No. 2637). Malaysia has not ratified C87.",
		"Until 15 September 2024 a union was confined to a particular establishment, trade, occupation or industry or similar ones, and registration could be refused where another union existed; the Trade Unions (Amendment) Act 2024 (Act A1700) removed both (law firms). The restriction is encoded from the Act's entry into force in Peninsular Malaysia (1 June 1959); when the citizenship rule was introduced was not checked.",
		_where_federal,
	],
}

# METADATA
# title: Right to collective bargaining
sources contains object.union(_ira, {
	"requirement": "freedom_of_association.collective_bargaining",
	"value": true,
	"article": "ss. 9, 13",
	"verification": "primary",
	"checked_against": [_ca_mylaw_ira13, _ca_mylaw_ira],
	"notes": [
		"A union accorded recognition (claim under s. 9, decided where disputed by the Director General for Industrial Relations) may invite the employer in writing to commence collective bargaining, setting out its proposals (s. 13(1)-(2), read in mylaw.my's copy of the AGC text).",
		"A union's proposals may not cover promotion, transfer and the other matters of s. 13(3)(a)-(f) (only (a) and (b) were read), which it may raise only as matters of a general character (Industrial Relations (Amendment) Bill 2019). The Industrial Relations (Amendment) Act 2020 (Act A1615) provides for sole bargaining rights where several unions compete; some of its provisions were not yet in force in the text read.",
		_where_ira,
	],
})

# METADATA
# title: Right to remove oneself from imminent danger
sources contains object.union(_osh, {
	"requirement": "health_safety.right_to_remove_from_danger",
	"value": true,
	"article": "s. 26A",
	"checked_against": [_ca_bill_osh, _ca_um_26a, _ca_conventus_osh, _ca_kensington],
	"notes": [
		"An employee who has informed the employer or his representative that he has reasonable justification to believe there is an imminent danger (a serious risk of death or serious bodily injury) may remove himself from the danger or the work if the employer fails to act, and may not suffer undue consequences or discrimination (s. 26A, inserted by Act A1648, in force 1 June 2024).",
		_where_federal,
	],
})

# METADATA
# title: Protective equipment free of charge
sources contains object.union(_osh, {
	"requirement": "health_safety.free_protective_equipment",
	"value": true,
	"article": "s. 26",
	"checked_against": [_ca_dosh_26, _ca_oshware],
	"notes": [
		"No employer may levy, or permit to be levied, on an employee any charge for anything done or provided under the Act or its regulations; the DOSH guideline gives personal protective equipment (safety shoes, glasses, gloves, helmets) as examples. Employees must wear the protective equipment the employer provides (s. 24(1)(c)).",
		_osh_scope,
		_where_federal,
	],
})

# METADATA
# title: Worker participation in health and safety
sources contains object.union(_osh, {
	"requirement": "health_safety.worker_participation",
	"value": true,
	"article": "s. 30; Occupational Safety and Health (Safety and Health Committee) Regulations 1996",
	"checked_against": [_ca_getfoundation, _ca_bill_osh, _ca_kensington],
	"conditions": {
		"workplace_workers_min": 40,
		"text": "Places of work with 40 or more persons employed must establish a safety and health committee (s. 30(1); Occupational Safety and Health (Safety and Health Committee) Regulations 1996).",
	},
	"notes": [
		"The committee includes employee representatives (1996 Regulations, not read). Since 1 June 2024 an employer of 5 or more employees must appoint an employee as occupational safety and health coordinator where no safety and health officer is required (Act A1648); not worker participation, not encoded.",
		_osh_scope,
		_where_federal,
	],
})

# METADATA
# title: Sexual harassment complaints inquiry and awareness notice
sources contains object.union(_ea, {
	"requirement": "harassment.policy",
	"value": true,
	"article": "Part XVA (ss. 81A-81G), s. 81H",
	"checked_against": [_ca_bill_ea, _ca_avorix, _ca_wk, _ca_jtksm],
	"notes": _ea_n([
		"The employer must inquire into complaints of sexual harassment (Part XVA; failing to inquire is an offence under s. 81F, fine raised to RM50,000 by Act A1651) and, since 1 January 2023, must exhibit conspicuously at the place of employment a notice to raise awareness of sexual harassment (s. 81H). No written policy is required; sexual harassment only, not violence and harassment generally.",
		"The Anti-Sexual Harassment Act 2022 (Act 840) set up a Tribunal for complaints of sexual harassment; it places no duty on employers and is not encoded.",
	]),
})

_normlex := "https://normlex.ilo.org/"

_ca_ilo_asia := {
	"url": "https://www.ilo.org/asia/countries/malaysia/lang--en/index.htm",
	"title": "ILO in Malaysia (C105 denounced in 1990; C87 not ratified)",
}

_ca_ceacr_c29 := {
	"url": "https://normlex.ilo.org/dyn/normlex/en/f?p=1000%3A13100%3A0%3A%3ANO%3A13100%3AP13100_COMMENT_ID%2CP13100_COUNTRY_ID%3A2309697%2C102960",
	"title": "NORMLEX, CEACR direct request on C29 - Malaysia (Ratification: 1957); Protocol of 2014 (Ratification: 2022)",
}

_ca_ilolex := {
	"url": "https://lawsdocbox.com/Immigration/126588198-.html",
	"title": "Copy of an ILOLEX query of Malaysia's ratifications (C29 ratified 11:11:1957)",
}

_ca_skrine_p29 := {
	"url": "https://www.skrine.com/insights/alerts/march-2022/malaysia-ratifies-the-international-labour-organis",
	"title": "Skrine, Malaysia ratifies the ILO Protocol on Forced Labour (21 March 2022; in force 21 March 2023)",
}

_ca_baseline_fl := {
	"url": "https://www.ilo.org/declaration/follow-up/annualreview/archiveofbaselinesbycountry/WCMS_DECL_FL_MYS/lang--en/index.htm",
	"title": "ILO Declaration Annual Review baseline, Malaysia, forced labour (C29 in 1957; C105 ratified 1958, denounced 1990)",
}

_ca_baseline_disc := {
	"url": "https://www.ilo.org/declaration/follow-up/annualreview/archiveofbaselinesbycountry/WCMS_DECL_DISC_MYS/lang--en/index.htm",
	"title": "ILO Declaration Annual Review baseline, Malaysia, discrimination (only C100 ratified, 1997; ratification intention nil)",
}

_ca_cfa_2637_2015 := {
	"url": "https://normlex.ilo.org/dyn/normlex/fr/f?p=1000%3A50002%3A0%3A%3ANO%3A%3AP50002_COMPLAINT_TEXT_ID%2CP50002_LANG_CODE%3A3255098%2Cen%3ANO",
	"title": "ILO Committee on Freedom of Association, Case No. 2637, Report No. 376 (2015): workshop on the three remaining core Conventions Malaysia has yet to ratify",
}

_ca_ceacr_c98 := {
	"url": "https://wwwex.ilo.org/dyn/f?p=NORMLEXPUB%3A13100%3A0%3A%3ANO%3A13100%3AP13100_COMMENT_ID%2CP13100_COUNTRY_ID%3A4465510%2C102960%3ANO",
	"title": "NORMLEX, CEACR direct request on C98 - Malaysia (Ratification: 1961), adopted 2025",
}

_ca_ceacr_c138_2009 := {
	"url": "https://normlex.ilo.org/dyn/normlex/es/f?p=1000%3A13100%3A0%3A%3ANO%3A%3AP13100_COMMENT_ID%2CP13100_LANG_CODE%3A2316637%2Cen%3ANO",
	"title": "NORMLEX, CEACR observation on C138 - Malaysia (Ratification: 1997), adopted 2009: 15 years declared on ratification",
}

_ca_ceacr_c182 := {
	"url": "http://ilo.ch/dyn/normlex/en/f?p=1000%3A13100%3A0%3A%3ANO%3A13100%3AP13100_COMMENT_ID%2CP13100_COUNTRY_ID%3A2297091%2C102960",
	"title": "NORMLEX, CEACR observation on C182 - Malaysia (Ratification: 2000), adopted 2008",
}

_ca_c155_news := {
	"url": "http://gyjob.org/malaysia-ratifies-occupational-safety-and-health-convention-1981-no-155.html",
	"title": "Copy of ILO News, Malaysia ratifies the Occupational Safety and Health Convention, 1981 (No. 155), 11 June 2024",
}

_ca_skrine_c155 := {
	"url": "https://www.skrine.com/insights/alerts/july-2024/malaysia-submits-instrument-of-ratification-for-il",
	"title": "Skrine, Malaysia submits instrument of ratification for ILO's Occupational Safety and Health Convention (11 June 2024)",
}

_ca_ceacr_c187 := {
	"url": "https://webapps.ilo.org/dyn/normlex/fr/f?p=1000%3A13100%3A0%3A%3ANO%3A%3AP13100_COMMENT_ID%2CP13100_LANG_CODE%3A3179463%2Cen%3ANO",
	"title": "NORMLEX, CEACR direct request on C187 - Malaysia (Ratification: 2012), adopted 2014",
}

_ca_c187_bernama := {
	"url": "https://mysafetyandhealth.blogspot.com/2012/07/dosh-should-ensure-employers-complied.html",
	"title": "Blog reproducing Bernama / New Straits Times, July 2012 (Malaysia ratified the OSH convention on 8 June)",
}

# METADATA
# title: ILO ratifications of the fundamental instruments
# description: |
#   Status and years as NORMLEX comment pages record them ("Ratification: 1957" etc.); exact
#   dates only where a page read gave them (C29 from a copy of an ILOLEX listing; P29 and C155
#   from ILO News and law firms). The NORMLEX country ratification table was not read.
ratifications := {
	"C29": {
		"status": "ratified", "date": "1957-11-11", "verification": "secondary", "url": _normlex,
		"checked_against": [_ca_ceacr_c29, _ca_baseline_fl, _ca_ilolex],
		"notes": ["Ratification in 1957 as NORMLEX records it; the day (11 November 1957) is from a copy of an ILOLEX listing."],
	},
	"P29": {
		"status": "ratified", "date": "2022-03-21", "verification": "secondary", "url": _normlex,
		"checked_against": [_ca_ceacr_c29, _ca_skrine_p29],
		"notes": ["Instrument delivered to the ILO Director-General on 21 March 2022; in force for Malaysia from 21 March 2023."],
	},
	"C87": {
		"status": "not_ratified", "verification": "primary", "url": _normlex,
		"checked_against": [_ca_cfa_2637, _ca_ilo_asia],
	},
	"C98": {
		"status": "ratified", "verification": "primary", "url": _normlex,
		"checked_against": [_ca_ceacr_c98],
		"notes": ["Ratified in 1961 as NORMLEX records it; the day was not read."],
	},
	"C100": {
		"status": "ratified", "verification": "primary", "url": _normlex,
		"checked_against": [_ca_ceacr_c100, _ca_baseline_disc],
		"notes": ["Ratified in 1997 as NORMLEX records it; the day was not read."],
	},
	"C105": {
		"status": "not_ratified", "verification": "primary", "url": _normlex,
		"checked_against": [_ca_baseline_fl, _ca_ilo_asia],
		"notes": ["Ratified in 1958 and denounced in 1990 \"due to divergences with the ILO in the interpretation of national legislation\"; not in force."],
	},
	"C111": {
		"status": "not_ratified", "verification": "secondary", "url": _normlex,
		"checked_against": [_ca_baseline_disc, _ca_cfa_2637_2015, _ca_ilo_asia],
		"notes": ["Not ratified: the ILO Declaration baseline lists only C100 as ratified under non-discrimination (ratification intention: nil), and the Committee on Freedom of Association (2015) names three core Conventions Malaysia has yet to ratify (C87, C105, C111). The ILO country page's sentence that of the remaining seven fundamental conventions Malaysia has ratified all but C87 cannot be right for C111 (no ILO page read records a ratification date or supervisory comment on C111 for Malaysia, whereas C100 and C138 have them) and is taken to be an error. NORMLEX's ratification table was not read, so the status stays secondary."],
	},
	"C138": {
		"status": "ratified", "declared_minimum_age": 15, "verification": "primary", "url": _normlex,
		"checked_against": [_ca_ceacr_c138_2009, _ca_ceacr_c138_2012],
		"notes": ["Ratified in 1997 as NORMLEX records it; the day was not read. Minimum age specified on ratification: 15 years."],
	},
	"C182": {
		"status": "ratified", "verification": "primary", "url": _normlex,
		"checked_against": [_ca_ceacr_c182, _ca_ceacr_c182_2022],
		"notes": ["Ratified in 2000 as NORMLEX records it; the day was not read."],
	},
	"C155": {
		"status": "ratified", "date": "2024-06-11", "verification": "secondary", "url": _normlex,
		"checked_against": [_ca_c155_news, _ca_skrine_c155],
		"notes": ["Instrument presented to the ILO Director-General on 11 June 2024 (ILO News); a convention enters into force for a Member twelve months after registration, i.e. 11 June 2025 (not read in NORMLEX)."],
	},
	"C187": {
		"status": "ratified", "verification": "primary", "url": _normlex,
		"checked_against": [_ca_ceacr_c187, _ca_c187_bernama],
		"notes": ["Ratified in 2012 as NORMLEX records it; the press reported ratification on 8 June 2012, a day not matched against NORMLEX."],
	},
}
