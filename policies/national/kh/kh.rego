# METADATA
# title: Cambodia national rule pack
# description: |
#   Labour Law 1997 (Kram CS/RKM/0397/01 of 13 March 1997, amended in 2007 (Arts. 139, 144:
#   overtime and night-work pay), 2018 (Arts. 87, 89-91, 94, 110, 120, 122: seniority
#   payments) and 2021 (Royal Kram NS/RKM/1021/011 of 5 October 2021: Arts. 123, 138, 162,
#   300, 343, 350, 363, 367)); the Ministry of Labour and Vocational Training's Prakas on
#   overtime (No. 80 of 1999, No. 112/25 of 2025), Notification No. 030 of 27 February 2015 on
#   overtime limits (a Minister's directive addressed, as reported, to garment and footwear
#   factories), the Law on Trade Unions 2016 (Royal Kram NS/RKM/0516/007 of 17 May 2016, ten
#   articles amended 2019-2020), the maternity allowance of the National Social Security Fund
#   (NSSF) and the ILO ratifications. None of the amendments touched the articles encoded here
#   (hours Art. 137, weekly rest Arts. 146-147, annual leave Arts. 166-167, minimum age
#   Art. 177, maternity Arts. 182-183) except Art. 139 (overtime pay).
#
#   Text. The official text is Khmer; every url is the Ministry of Labour and Vocational
#   Training's portal (mlvt.gov.kh) or the NSSF's (nssf.gov.kh). hrdd read the ILO/MLVT English
#   translation only in unofficial copies, law-firm notes, ILO (NORMLEX, NATLEX, TRAVAIL) and
#   WageIndicator pages, all named in checked_against: every value is "secondary".
#
#   Dates. The Labour Law values run from 13 March 1997, the date of the promulgating Kram (the
#   first day in force was not checked). Where a value could only be dated by a later source
#   the effective date is a lower bound, said so in a note.
#
#   Scope. The Labour Law does not apply to judges, civil servants, the police and armed
#   forces, air and maritime transport personnel or domestic workers (Art. 1), who keep the
#   right to form unions; hrdd has no condition for these categories, so they are only noted.
package hrdd.national.kh

# METADATA
# title: Country name
name := "Cambodia"

_mlvt := "https://www.mlvt.gov.kh/"

_nssf := "https://www.nssf.gov.kh/"

_ll := {
	"instrument": "Labour Law 1997 (Kram CS/RKM/0397/01)",
	"binding": "law",
	"url": _mlvt,
	"effective_from": "1997-03-13",
	"verification": "secondary",
}

_tul := {
	"instrument": "Law on Trade Unions 2016 (Royal Kram NS/RKM/0516/007)",
	"binding": "law",
	"url": _mlvt,
	"effective_from": "2016-05-17",
	"verification": "secondary",
}

_scope := "The Labour Law does not cover judges, civil servants, police and armed forces, air and maritime transport personnel or domestic workers (Art. 1)."

# Pages read.
_ca_natlex := {"url": "https://www.ilo.org/dyn/natlex/country_profiles.nationalLaw?p_lang=en&p_country=KHM", "title": "ILO NATLEX, Cambodia - basic laws: Royal Kram CS/RKM/0397/01 promulgating the Labour Law; Royal Kram NS/RKM/0516/007 of 17 May 2016 promulgating the Law on Trade Unions"}

_ca_ch1 := {"url": "https://khmeronlinejobs.com/labor-law-cambodia-chapter-I", "title": "Unofficial copy of the English translation of the Labour Law, Chapter I (Arts. 1-2: scope)"}

_ca_ch6 := {"url": "https://kh.khmeronlinejobs.com/labor-law-cambodia-chapter-vi", "title": "Unofficial copy of the English translation of the Labour Law, Chapter VI (Arts. 102-107: wage, guaranteed minimum wage, equal wage)"}

_ca_ch8 := {"url": "https://khmeronlinejobs.com/labor-law-cambodia-chapter-viii", "title": "Unofficial copy of the English translation of the Labour Law, Chapter VIII (Arts. 228-230: health and safety)"}

_ca_ch16 := {"url": "https://khmeronlinejobs.com/labor-law-cambodia-chapter-xvi", "title": "Unofficial copy of the English translation of the Labour Law, Chapter XVI (Arts. 359-366: penalties, incl. offsetting and deductions)"}

_ca_art166 := {"url": "https://th4.ilovetranslation.com/7PcUMpH23S6=d", "title": "Copy of the English translation of the Labour Law, Arts. 166-168 (paid annual leave)"}

_ca_prake_leave := {"url": "https://prake.org/labour-law/work-and-holiday", "title": "WageIndicator Cambodia (prake.org), Annual leave and holidays: 1.5 days a month = 18 working days on a 48-hour week, 15 on a 40-hour week"}

_ca_aquarii_leave := {"url": "https://aquariibd.com/paid-annual-leave-in-cambodia/", "title": "Aquarii, Paid annual leave in Cambodia (text of Labour Law Art. 166)"}

_ca_c138 := {"url": "https://normlex.ilo.org/dyn/normlex/en/f?p=1000%3A13101%3A0%3A%3ANO%3A13101%3AP13101_COMMENT_ID%3A4297015", "title": "NORMLEX, CEACR direct request and observation on C138, Cambodia (2022): minimum age 15 under Labour Law Art. 177(1); declaration under Art. 2(2) still awaited"}

_ca_prake_minors := {"url": "https://prake.org/labour-law/fair-treatment-at-my-work/minors-and-youth", "title": "WageIndicator Cambodia (prake.org), Minors and youth: minimum age 15, light work 12-15, hazardous work 18 (Prakas on hazardous child labour, 2004), no night work for minors"}

_ca_prake_hours := {"url": "https://prake.org/labour-law/work-and-wages/work-hours-in-cambodia", "title": "WageIndicator Cambodia (prake.org), Work hours: 8 a day, 48 a week, voluntary overtime usually limited to 2 hours a day; no night work under 18"}

_ca_natlex_298 := {"url": "https://www.ilo.org/dyn/natlex/natlex4.detail?p_lang=es&p_isn=63108&p_count=110435&p_classification=04.01&p_classcount=198", "title": "ILO NATLEX, Prakas No. 298 of 1998 on derogation of the prohibition of night work of children (abstract)"}

_ca_natlex_002 := {"url": "http://www.ilo.org/dyn/natlex/natlex4.detail?p_lang=en&p_isn=93403", "title": "ILO NATLEX, Prakas No. 002 of 2008 on light work permitted for children aged 12 to 15 (abstract)"}

_ca_c029_1998 := {"url": "https://webapps.ilo.org/dyn/normlex/en/f?p=1000%3A13100%3A0%3A%3ANO%3A13100%3AP13100_COMMENT_ID%2CP13100_COUNTRY_ID%3A2172215%2C103055", "title": "NORMLEX, CEACR observation on C29, Cambodia (1998): Labour Law Art. 15 prohibits forced or compulsory labour, Art. 16 hiring people to work off debts"}

_ca_prake_forced := {"url": "https://prake.org/labour-law/fair-treatment-at-my-work/forced-labour", "title": "WageIndicator Cambodia (prake.org), Forced labour: no special rule in the Labour Law on who keeps the worker's passport or ID"}

_ca_nop_resign := {"url": "https://noplegal.com/2021/01/12/what-are-the-rules-for-resignation-in-cambodia/", "title": "NOP Legal, What are the rules for resignation in Cambodia (Labour Law Arts. 74-75, 81)"}

_ca_nop_overtime := {"url": "https://noplegal.com/2018/11/30/overtime-work/", "title": "NOP Legal, Overtime work (Labour Law Art. 137; Prakas No. 80 on overtime, 1999, Arts. 1, 2, 4)"}

_ca_nop_rest := {"url": "https://noplegal.com/2019/03/17/cambodian-labor-law-weekly-time-off/", "title": "NOP Legal, Weekly time off (Labour Law Arts. 146-147; Prakas No. 142 of 2002)"}

_ca_clec_hours := {"url": "http://www.clec.org.kh/publicationDetail.php?spID=7", "title": "CLEC, Can an employee work over 8 hours a day? (Labour Law Arts. 137-138)"}

_ca_jbl_overtime := {"url": "https://jblmekong.com/en/news/overtime-system-in-cambodia", "title": "JBL Mekong, Overtime system in Cambodia (Art. 137; Prakas No. 80, March 1999; Notification No. 030 of 27 February 2015: at most 2 overtime hours a day, 10 hours in total)"}

_ca_tilleke_112 := {"url": "https://www.tilleke.com/insights/cambodia-issues-new-work-regulations-on-overtime-paid-holidays-and-weekly-days-off", "title": "Tilleke & Gibbins, Cambodia issues new work regulations on overtime (Prakas No. 112/25 of 6 May 2025)"}

_ca_loc_112 := {"url": "https://www.loc.gov/item/global-legal-monitor/2025-07-03/cambodia-new-directive-addresses-overtime-paid-public-holidays-and-suspended-time-off/", "title": "Library of Congress, Global Legal Monitor: new directive on overtime (Prakas No. 112/25, Arts. 3-6)"}

_ca_ilaw_112 := {"url": "https://ilawasia.com/blogs/working-overtime-outside-of-normal-working-hours-working-on-paid-holidays-and-suspending-weekly-rest-periods-prakas-2025", "title": "iLaw Asia, Prakas 2025 on overtime: in force on issue, 6 May 2025"}

_ca_blog_overtime := {"url": "https://cambodianlaw.wordpress.com/2010/06/09/finding-flexibility-in-overtime-rules/", "title": "Cambodian Law blog (2010), Finding flexibility in overtime rules: 150 %, 200 % at night or on a day off; 1998 Prakas on averaged hours (48 a week, 10 a day)"}

_ca_gpa_2021 := {"url": "https://globalpayrollassociation.com/blogs/emea/cambodia-summary-of-labour-law-amendments", "title": "Global Payroll Association, Cambodia: summary of labour law amendments (2007 overtime pay, 2018 seniority, 2021 shifts and holidays)"}

_ca_travail_mat := {"url": "https://www.ilo.org/dyn/travail/travmain.sectionReport1?p_lang=en&p_countries=KH&p_sc_id=2000&p_year=2011&p_structure=3", "title": "ILO TRAVAIL, Cambodia - Maternity protection (2011): 90 days (Labour Law Art. 182), no compulsory leave identified"}

_ca_nop_mat := {"url": "https://noplegal.com/2018/12/17/cambodian-labor-law-wage-during-maternity-leave/", "title": "NOP Legal, Wage during maternity leave (Labour Law Arts. 182-183; Arbitration Council awards)"}

_ca_wi_mat := {"url": "https://acc.wageindicator.org/en-kh/work-in-cambodia/labour-law/maternity-and-work", "title": "WageIndicator Cambodia, Maternity and work: 90 calendar days; 50 % from the employer after one year's service; 70 % from the NSSF after 9 months of contributions in the last 12"}

_ca_nssf_2018 := {"url": "http://nssf.gov.kh/2018/08/15/royal-government-provides-400000-riels-and-various-benefits-to-postnatal-female-workers", "title": "NSSF news, 15 August 2018: 90-day maternity leave with 120 % of wage (70 % from the NSSF, 50 % from the employer)"}

_ca_ppp_mat := {"url": "https://phnompenhpost.com/national/maternity-handouts-top-5-million", "title": "Phnom Penh Post, Maternity handouts top $5 million (2018): employer pays half the wage, NSSF 70 %"}

_ca_akp_2017 := {"url": "http://cnv.org.kh/cambodian-pm-enhances-social-protection-female-civil-servants-armed-forces/", "title": "AKP (via CNV), 9 October 2017: from January 2018 female workers get three months' maternity leave with 120 % of monthly salary"}

_ca_nop_pay := {"url": "https://noplegal.com/2021/03/16/cambodia-when-should-an-employer-pay-a-worker/", "title": "NOP Legal, When should an employer pay a worker (text of Labour Law Art. 116)"}

_ca_akp_pay := {"url": "http://information.gov.kh/apps/220679", "title": "AKP (Ministry of Information), 21 September 2018: Prakas requires all enterprises to pay wages twice a month from January 2019"}

_ca_prake_pay := {"url": "https://prake.org/labour-law/work-and-wages/pay-and-deductions-in-cambodia/pay-and-deductions-in-cambodia", "title": "WageIndicator Cambodia (prake.org), Pay and deductions: deductions generally not allowed; none to punish misconduct or refusal of overtime, for a bond to get or keep a job, or for job placement"}

_ca_wi_wages := {"url": "https://acc.wageindicator.org/en-kh/work-in-cambodia/labour-law/work-and-wages", "title": "WageIndicator Cambodia, Work and wages: wages at least the minimum wage, which must ensure a decent standard of living (Labour Law 1997; Law on Minimum Wage 2018)"}

_ca_blog_discr := {"url": "https://cambodianlaw.wordpress.com/2012/06/29/discrimination-under-cambodian-law/", "title": "Cambodian Law blog (2012), Discrimination under Cambodian law: text of Labour Law Art. 12"}

_ca_c111_2005 := {"url": "http://ilo.org/dyn/normlex/en/f?p=1000%3A13100%3A0%3A%3ANO%3A13100%3AP13100_COMMENT_ID%2CP13100_COUNTRY_ID%3A2259758%2C103055", "title": "NORMLEX, CEACR direct request on C111, Cambodia (2005): grounds of Labour Law s. 12; s. 172 forbids all forms of sexual violation (harassment)"}

_ca_c111_2023 := {"url": "https://normlex.ilo.org/dyn/normlex/en/f?p=NORMLEXPUB%3A13100%3A0%3A%3ANO%3A13100%3AP13100_COMMENT_ID%2CP13100_COUNTRY_ID%3A4344700%2C103055%3ANO", "title": "NORMLEX, CEACR direct request on C111, Cambodia (2023): categories excluded from the Labour Law"}

_ca_c100_2012 := {"url": "http://ilo.ch/dyn/normlex/es/f?p=1000%3A13100%3A0%3A%3ANO%3A%3AP13100_COMMENT_ID%2CP13100_LANG_CODE%3A3084210%2Cen%3ANO", "title": "NORMLEX, CEACR observation on C100, Cambodia (2012): Labour Law s. 106 (equal wage for work of equal conditions, professional skill and output) is narrower than equal value"}

_ca_ituc := {"url": "https://www.ituc-csi.org/spip.php?page=legal_info&cc=KHM&lang=en", "title": "ITUC, Cambodia legal information: freedom of association recognised but strictly regulated (TUL ss. 3, 10, 17, 20 as amended 2019, 27)"}

_ca_lri := {"url": "https://clr.org.pk/tudb-2024/cambodia", "title": "Labour Rights Index 2024, Cambodia: freedom of association indicator (C87 and C98 ratified 1999)"}

_ca_c087_2024 := {"url": "https://normlex.ilo.org/dyn/nrmlx_en/f?p=NORMLEXPUB%3A13100%3A0%3A%3ANO%3A13100%3AP13100_COMMENT_ID%2CP13100_COUNTRY_ID%3A4417591%2C103055%3ANO", "title": "NORMLEX, CEACR observation on C87, Cambodia (2024), following the Conference Committee's 2024 conclusions"}

_ca_ccc_tul := {"url": "https://www.phnompenhpost.com/national/ccc-passes-amendments-10-articles-trade-union-law", "title": "Phnom Penh Post, Constitutional Council passes amendments to 10 articles of the Trade Union Law (Arts. 3, 17, 20, 21, 27, 28, 29, 54, 55, 59)"}

_ca_usdos := {"url": "https://2009-2017.state.gov/j/drl/rls/hrrpt/2012/eap/204192.htm", "title": "US State Department, Country Reports on Human Rights Practices 2012, Cambodia: collective bargaining rights for unions with most representative status"}

_ca_hbs_015 := {"url": "https://mail.hbslaw.asia/index.php/update/insights/408-special-protection-for-pregnant-employees", "title": "HBS Law, Special protection for pregnant employees (MLVT Instruction No. 015/25 of 7 February 2025)"}

_ca_jbl_015 := {"url": "https://www.jblmekong.com/en/news/special_protection_for_pregnant_employee", "title": "JBL Mekong (4 April 2025), MLVT Instruction No. 015 on special protection for pregnant workers: no discrimination in hiring, contract renewal, wage increases and benefits; no termination except for serious misconduct, with the labour inspector's prior approval"}

_ca_andersen_015 := {"url": "https://kh.andersen.com/law-digest/law-digest-2025", "title": "Andersen Cambodia, Law Digest 2025 (February): Instruction No. 015/25 of 7 February 2025 on special protection for pregnant female employees, its six measures"}

_ca_rivermate_osh := {"url": "https://rivermate.com/guides/cambodia/health-and-safety", "title": "Rivermate, Cambodia health and safety (Prakas No. 264/16 on personal protective equipment)"}

_ca_wi_jobprot := {"url": "https://acc.wageindicator.org/en-kh/work-in-cambodia/labour-law/maternity-and-work/job-protection", "title": "WageIndicator Cambodia, Maternity job protection: only light work in the first two months after return (Labour Law Art. 182)"}

_ca_kt_2017 := {"url": "https://urbanvoicecambodia.net/nssf-guarantees-care-pregnant-workers/?lang=en", "title": "Khmer Times (via Urban Voice Cambodia), 14 June 2017: NSSF members may claim the daily maternity allowance"}

_ca_gmac := {"url": "http://gmac-cambodia.org/sub-ministry/4?year=2021", "title": "GMAC, Ministry of Labour documents 2021: Prakas on the minimum wage for the textile, garment, footwear, travel goods and bag industries for 2022"}

_ca_c087_2019 := {"url": "http://ilo.org/dyn/normlex/en/f?p=1000%3A13100%3A0%3A%3ANO%3A13100%3AP13100_COMMENT_ID%2CP13100_COUNTRY_ID%3A4023162%2C103055", "title": "NORMLEX, CEACR direct request on C87, Cambodia (2019): registration requirements under the Law on Trade Unions"}

_ca_c111_2010 := {"url": "https://normlex.ilo.org/dyn/normlex/es/f?p=1000%3A13100%3A0%3A%3ANO%3A%3AP13100_COMMENT_ID%2CP13100_LANG_CODE%3A2325213%2Cen%3ANO", "title": "NORMLEX, CEACR direct request on C111, Cambodia: asks for measures to prevent and address sexual harassment at work"}

_ca_ll_deductions := {"url": "https://kh-news168.blogspot.com/2015/08/baktouk-student-dek-srat.html", "title": "Machine-paraphrased copy of the English translation of the Labour Law, Ch. VI, F. Wage deductions, Arts. 126-129 (wording unreliable; article numbers and content)"}

_ca_ll_ilo_p24 := {"url": "https://www.yumpu.com/en/document/view/11354312/labour-law-of-13-march-1997-english-pdf-international-labour-/24", "title": "Labour Law of 13 March 1997, English translation (ILO PDF, copy), p. 24: Arts. 120-122 (lapse of wage claims; guarantees and priority)"}

_ca_ll_ilo_p26 := {"url": "https://www.yumpu.com/en/document/view/11354312/labour-law-of-13-march-1997-english-pdf-international-labour-/26", "title": "Labour Law of 13 March 1997, English translation (ILO PDF, copy), p. 26: Arts. 130-135 (limits on garnishment; tips)"}

_ca_kt_030 := {"url": "https://www.khmertimeskh.com/news/9299/factory-workers-get-overtime-limit/", "title": "Khmer Times (Xinhua), Factory workers get overtime limit (2015, undated page; the sector's minimum wage then US$128): directive signed by Labour Minister Ith Samheng orders garment and footwear factories to allow at most 2 overtime hours a day and 10 working hours in all, with the Ministry's prior permission, on a voluntary basis"}

_ca_nssf_prakas109 := {"url": "https://csr-solutions.cn/newsinfo/6976112.html", "title": "Translation of MLVT Prakas No. 184 amending Arts. 2, 4-8 and 10 of Prakas No. 109 of 17 March 2016 on health care benefits (headers read)"}

_ca_gm_2025 := {"url": "https://menafn.com/1108692093/Cambodia-Increases-Monthly-Minimum-Wage-For-Garment-Industry", "title": "IANS (MENAFN), 19 September 2024: minimum wage for garment, footwear and travel goods workers US$208 a month from 1 January 2025, after the National Council for Minimum Wage's vote"}

_ca_odm_214 := {"url": "https://data.laos.opendevelopmentmekong.net/laws_record/prakas-no-214-on-the-determination-of-the-minimum-wage-for-workers-employees-in-the-textile-garment", "title": "Open Development Mekong, record of MLVT Prakas No. 214 of 17 September 2025 on the minimum wage for the textile, garment, footwear, travel goods and bag sectors for 2026, in force 1 January 2026"}

_ca_wage_2026 := {"url": "https://estatedia.com/garment-workers-thank-royal-government-for-annual-wage-increase", "title": "Estatedia (September 2025): the National Council for Minimum Wage met on 17 September 2025; the Prime Minister added US$2 to US$208, setting the 2026 minimum wage at US$210 from 1 January 2026"}

_ca_ppp_recruit := {"url": "http://www.phnompenhpost.com/national/job-recruiter-warned-cash-requirement", "title": "Phnom Penh Post, Job recruiter warned over cash requirement: payments outlawed unless the firm is a registered recruitment agency"}

# METADATA
# title: Minimum age for employment
sources contains object.union(_ll, {
	"requirement": "child_labour.minimum_age",
	"value": 15,
	"article": "Art. 177(1)",
	"checked_against": [_ca_c138, _ca_prake_minors, _ca_natlex_002],
	"notes": ["The minimum age for wage employment is 15. Cambodia declared 14 on ratifying C138 (1999); the CEACR has asked it to notify 15 under Art. 2(2) of the Convention."],
	"exceptions": [{
		"article": "Art. 177; Prakas No. 002 of 2008",
		"value": 12,
		"text": "Children aged 12 to 15 may do the light work listed by Prakas, if it is not hazardous to their health or development and does not affect school attendance or training.",
	}],
})

# METADATA
# title: Minimum age for hazardous work
sources contains object.union(_ll, {
	"requirement": "child_labour.hazardous_work_minimum_age",
	"value": 18,
	"article": "Art. 177; Prakas No. 106 of 2004 on the prohibition of hazardous child labour",
	"checked_against": [_ca_prake_minors, _ca_natlex],
	"notes": ["No one under 18 may do work that is hazardous to health, safety or morality; the 2004 Prakas lists 38 types of hazardous work (further Prakas for cassava, tobacco and fishing)."],
	"exceptions": [{
		"article": "Art. 177; Prakas No. 106 of 2004",
		"value": 16,
		"text": "With the Ministry's permission, workers of at least 16 may do hazardous work if their health, safety and morality are guaranteed and they have been trained for it.",
	}],
})

# METADATA
# title: Minimum age for night work
sources contains object.union(_ll, {
	"requirement": "child_labour.night_work_minimum_age",
	"value": 18,
	"article": "Art. 175",
	"checked_against": [_ca_prake_hours, _ca_prake_minors, _ca_natlex_298],
	"notes": [
		"Children, employees, labourers or apprentices under 18 may not be employed at night in any enterprise (wording read in prake.org; the article number is that of the ILO English translation and was not seen in the pages read). Night work is work of at least 11 consecutive hours including 22:00-05:00 (Art. 144).",
	],
	"exceptions": [{
		"article": "Prakas No. 298 of 1998",
		"value": 16,
		"text": "Workers aged 16 to 18 may work at night in iron and steel, glass, paper and sugar factories and gold-ore refineries, for apprenticeship or vocational training only, at most 8 hours a day, with the labour inspector's approval.",
	}],
})

# METADATA
# title: Recruitment fees (not encoded)
sources contains object.union(_ll, {
	"requirement": "forced_labour.no_recruitment_fees",
	"entry": "not_encoded",
	"article": "Arts. 258-260",
	"verification": "unverified",
	"checked_against": [{"url": "https://khmeronlinejobs.com/labor-law-cambodia-chapter-x", "title": "Unofficial copy of the English translation of the Labour Law, Chapter X (Arts. 258-262: placement and recruitment)"}, _ca_ppp_recruit, _ca_prake_pay],
	"reason": "The Labour Law bars only staff of the public Placement Office from taking payment for placing a worker (Art. 260); labour officials treat payments by job seekers as unlawful unless the recruiter is a registered recruitment agency, and licensed agencies sending workers abroad may charge fees (Sub-decrees No. 57 of 1995 and No. 190 of 2011). A rule that employers may not charge applicants is reported (Better Factories Cambodia guide, \"payment by applicants prohibited\"), but its source was not read.",
})

# METADATA
# title: Retention of identity documents (none)
sources contains object.union(_ll, {
	"requirement": "forced_labour.no_retention_of_identity_documents",
	"entry": "absence",
	"article": "Arts. 15-16",
	"checked_against": [_ca_prake_forced, _ca_c029_1998],
	"notes": ["The Labour Law prohibits forced or compulsory labour (Art. 15) and hiring people to work off debts (Art. 16) but has no rule on who keeps a worker's passport or identity card (WageIndicator). The Law on Suppression of Human Trafficking and Sexual Exploitation (2008) and the rules on migrant workers were not checked for one."],
})

# METADATA
# title: Workers free to resign
sources contains object.union(_ll, {
	"requirement": "forced_labour.free_to_resign",
	"value": true,
	"article": "Arts. 15, 74-75",
	"checked_against": [_ca_nop_resign, _ca_c029_1998],
	"notes": [
		"A contract of undetermined duration may be ended at the will of either party by written notice: 7 days (under 6 months' service), 15 days (6 months to 2 years), 1 month (2-5 years), 2 months (5-10 years), 3 months (over 10 years) (Arts. 74-75). Forced or compulsory labour is prohibited (Art. 15).",
	],
})

# METADATA
# title: Regular daily hours
sources contains object.union(_ll, {
	"requirement": "working_hours.regular_daily_max",
	"value": 8,
	"article": "Art. 137",
	"checked_against": [_ca_clec_hours, _ca_nop_overtime, _ca_jbl_overtime, _ca_ch1],
	"notes": [
		"A limit on normal hours: work beyond them is overtime, lawful only for exceptional and urgent work, with the Ministry's prior approval and the workers' consent (Art. 139; Prakas No. 80 of 1999, Arts. 1, 2, 4; Prakas No. 112/25, Arts. 3-4). Since 2021 an enterprise may run three shifts of at most 8 hours each (Art. 138 as amended by Royal Kram NS/RKM/1021/011).",
		_scope,
	],
	"exceptions": [
		{
			"article": "Prakas No. 142 of 2002, Arts. 1, 3",
			"value": 9,
			"text": "To give Saturday afternoon off, the employer may spread the week over 5.5 days with up to 9 normal hours a day, with the approval of the most representative union and shop stewards (or of a majority of workers by secret vote).",
		},
		{
			"article": "Prakas of 1998 on working hours different from the regular ones",
			"value": 10,
			"text": "Hours may be averaged over 12 weeks at 48 a week, with no day over 10 hours (as reported in 2010).",
		},
	],
})

# METADATA
# title: Regular weekly hours
sources contains object.union(_ll, {
	"requirement": "working_hours.regular_weekly_max",
	"value": 48,
	"article": "Art. 137",
	"checked_against": [_ca_clec_hours, _ca_nop_overtime],
	"notes": ["A limit on normal hours (see the daily limit); no worker may be employed more than 6 days a week (Art. 146)."],
})

# METADATA
# title: Hours after which overtime pay is due
sources contains object.union(_ll, {
	"requirement": requirement,
	"value": value,
	"article": "Arts. 137, 139",
	"checked_against": [_ca_nop_overtime, _ca_blog_overtime],
	"notes": ["Work beyond the enterprise's normal hours, at most 8 a day and 48 a week (Art. 137), is overtime paid at the rates of Art. 139; where the enterprise's normal week is shorter (e.g. 40 hours), overtime starts there (NOP Legal)."],
}) if {
	some [requirement, value] in [
		["working_hours.overtime_pay_threshold_daily", 8],
		["working_hours.overtime_pay_threshold_weekly", 48],
	]
}

_prakas80 := {
	"instrument": "Prakas No. 80 of 1999 on overtime work outside normal working hours",
	"binding": "law",
	"url": _mlvt,
	# Issued in March 1999 (day not checked): 1 April 1999 is a lower bound.
	"effective_from": "1999-04-01",
	"verification": "secondary",
}

_prakas112 := {
	"instrument": "Prakas No. 112/25 of 2025 on overtime, work on paid holidays and suspension of weekly days off",
	"binding": "law",
	"url": _mlvt,
	"effective_from": "2025-05-06",
	"verification": "secondary",
}

# METADATA
# title: Overtime is voluntary (Prakas No. 80 of 1999)
sources contains object.union(_prakas80, {
	"requirement": "working_hours.overtime_voluntary",
	"value": true,
	"article": "Arts. 1, 2, 4",
	"checked_against": [_ca_nop_overtime, _ca_jbl_overtime],
	"notes": [
		"Overtime is worked on a voluntary basis; the employer may not force workers or discipline those who refuse (Art. 4). It needs the Ministry's prior approval, for exceptionally urgent work the employer cannot meet otherwise (Art. 1), with the consent of the shop stewards or of more than half the workers (Art. 2).",
		"Effective date is a lower bound (issued in March 1999, day not checked). Whether Prakas No. 112/25 replaced it was not checked.",
	],
})

# METADATA
# title: Overtime is voluntary (Prakas No. 112/25)
sources contains object.union(_prakas112, {
	"requirement": "working_hours.overtime_voluntary",
	"value": true,
	"article": "Arts. 3-4",
	"checked_against": [_ca_loc_112, _ca_tilleke_112, _ca_ilaw_112],
	"notes": ["Overtime only for special tasks (inventory, closing of accounts, deadlines) or unforeseen workload peaks that cannot be postponed (Art. 3); it must be voluntary, by mutual consent, and workers who decline may not be coerced or disciplined (Art. 4). The employer declares it on the Ministry's online system (lacms.mlvt.gov.kh) at least three working days ahead."],
})

_notif030 := {
	"instrument": "MLVT Notification No. 030 of 27 February 2015 on overtime (directive of the Minister)",
	"binding": "law",
	"url": _mlvt,
	"effective_from": "2015-02-27",
	"verification": "secondary",
}

_notif030_note := "Notification No. 030 of 27 February 2015 is a directive of the Labour Minister (Ith Samheng), reported in early 2015 (Xinhua: \"a directive out on Sunday\", when the sector's minimum wage was US$128, the 2015 rate) as ordering garment and footwear factories to keep overtime to 2 hours a day and total work to 10 hours a day, with the Ministry's prior permission and on a voluntary basis (Khmer Times/Xinhua); JBL Mekong (2024) cites it without a sectoral limit. hrdd applies the limits to every workplace: the two-hour daily limit was reported as general before 2015 (prake.org; Cambodian Law blog 2010), Tilleke & Gibbins (2025) attributes the 10-hour total to the Labour Law itself (except for preventing or repairing disasters), and Prakas No. 112/25 sets no other maximum. Its binding force as a regulation is assumed (applied through the Ministry's overtime approvals); the Notification's text was not read."

# METADATA
# title: Maximum overtime per day
sources contains object.union(_notif030, {
	"requirement": "working_hours.overtime_daily_max",
	"value": 2,
	"article": "whole text",
	"checked_against": [_ca_jbl_overtime, _ca_kt_030, _ca_prake_hours, _ca_tilleke_112],
	"notes": ["At most 2 overtime hours a day.", _notif030_note],
})

# METADATA
# title: Maximum total hours per day
sources contains object.union(_notif030, {
	"requirement": "working_hours.total_daily_max",
	"value": 10,
	"article": "whole text",
	"checked_against": [_ca_jbl_overtime, _ca_kt_030, _ca_tilleke_112, _ca_loc_112],
	"notes": ["Normal plus overtime hours may not exceed 10 a day.", _notif030_note],
})

# METADATA
# title: Weekly, monthly and yearly overtime and weekly total (none)
sources contains object.union(_ll, {
	"requirement": requirement,
	"entry": "absence",
	"article": "Arts. 137, 139, 146",
	"checked_against": [_ca_tilleke_112, _ca_loc_112, _ca_jbl_overtime],
	"notes": ["Overtime is limited per day only (2 hours, 10 in total); neither the Labour Law nor Prakas No. 112/25 sets a weekly, monthly or yearly cap (Tilleke & Gibbins, Library of Congress). With at most 6 working days a week (Art. 146) the daily limits imply at most 12 overtime hours and 60 hours in all a week."],
}) if {
	some requirement in {
		"working_hours.overtime_weekly_max", "working_hours.overtime_monthly_max",
		"working_hours.overtime_yearly_max", "working_hours.total_weekly_max",
	}
}

# METADATA
# title: Overtime premium
sources contains object.union(_ll, {
	"requirement": "working_hours.overtime_premium_min_percent",
	"value": 150,
	"article": "Art. 139 as amended in 2007",
	# The 2007 amendment (date not checked) was in force by 1 January 2008: a lower bound.
	"effective_from": "2008-01-01",
	"checked_against": [_ca_blog_overtime, _ca_gpa_2021, _ca_loc_112, _ca_ilaw_112],
	"notes": [
		"150 % of the normal rate; 200 % for overtime at night (22:00-05:00) or on the weekly day off. Prakas No. 112/25 (Art. 5) repeats 150 % by day and 200 % at night. Regular night work is paid at 130 % (Art. 144 as amended in 2007, as reported; garment-sector practice and some reports give 200 %).",
		"Effective date is a lower bound: Art. 139 was amended in 2007 (overtime pay); the 1997 text and the amending law were not read.",
	],
})

# METADATA
# title: Weekly rest
sources contains object.union(_ll, {
	"requirement": "rest.weekly_rest_min_hours",
	"value": 24,
	"article": "Arts. 146-147",
	"checked_against": [_ca_nop_rest, _ca_prake_hours, _ca_tilleke_112],
	"notes": ["No worker may be employed more than 6 days a week (Art. 146); the weekly time off lasts at least 24 consecutive hours, in principle on Sunday (Art. 147). The Ministry may allow weekly rest to be suspended for urgent repairs, up to two non-consecutive days a month (Prakas No. 112/25)."],
})

# METADATA
# title: Annual paid leave
sources contains object.union(_ll, {
	"requirement": "leave.annual_paid_min_days",
	"value": 15,
	"article": "Arts. 166-167",
	"checked_against": [_ca_art166, _ca_aquarii_leave, _ca_prake_leave],
	"statute": {
		"value": 18,
		"unit": "working days on a 6-day week (1.5 working days per month of continuous service)",
		"conversion": "1.5 x 12 = 18 working days on the 6-day, 48-hour week the Law assumes (Arts. 137, 146); x 5/6 = 15 working days on a 5-day week (WageIndicator: 15 working days for a 40-hour week)",
	},
	"conditions": {
		"service_months_min": 12,
		"text": "The right to take the leave is acquired after one year of service (Art. 167); a worker leaving earlier is compensated in proportion to the time worked (Arts. 166-167).",
	},
	"notes": [
		"+1 day for every 3 years of service (Art. 166). Public holidays and sick leave do not count as annual leave; compensation in lieu and waivers are void, and leave above 12 working days may be deferred for up to three years (Art. 167). Not amended in 2007, 2018 or 2021.",
		_scope,
	],
})

# METADATA
# title: Maternity leave
sources contains object.union(_ll, {
	"requirement": "maternity.leave_min_weeks",
	"value": 12.8,
	"article": "Art. 182",
	"checked_against": [_ca_travail_mat, _ca_nop_mat, _ca_wi_mat, _ca_wi_jobprot],
	"statute": {
		"value": 90,
		"unit": "calendar days",
		"conversion": "90 / 7 = 12.86 weeks, rounded down to 12.8",
	},
	"notes": ["90 days of maternity leave, counted in calendar days (Arbitration Council awards 23/08, 25/08); no qualifying period for the leave itself. During the first two months after returning, only light work."],
})

# METADATA
# title: Compulsory leave after childbirth (none)
sources contains object.union(_ll, {
	"requirement": "maternity.compulsory_postnatal_weeks",
	"entry": "absence",
	"article": "Art. 182",
	"checked_against": [_ca_travail_mat, _ca_wi_jobprot],
	"notes": ["No part of the 90 days is compulsory (ILO TRAVAIL: no compulsory leave identified); the Law requires only light work during the first two months after the worker returns."],
})

# METADATA
# title: Maternity pay from the employer
sources contains object.union(_ll, {
	"requirement": "maternity.cash_benefit_min_percent",
	"value": 50,
	"article": "Art. 183",
	"checked_against": [_ca_nop_mat, _ca_wi_mat, _ca_hbs_015],
	"conditions": {
		"service_months_min": 12,
		"text": "Owed to a worker with at least one year of uninterrupted service in the enterprise (Art. 183).",
	},
	"notes": [
		"Half the wage, including perquisites (average of the 12 months before the leave), paid by the employer; benefits in kind continue. Since MLVT Instruction No. 015/25 (7 February 2025) it must be paid before the leave starts.",
		"Cumulative with the NSSF maternity allowance of 70 % (encoded separately): 120 % in all for insured workers who meet both conditions.",
	],
})

# METADATA
# title: NSSF maternity allowance
sources contains {
	"requirement": "maternity.cash_benefit_min_percent",
	"value": 70,
	"instrument": "National Social Security Fund health-care scheme for persons defined by the Labour Law (maternity allowance)",
	"article": "Prakas No. 109 of 17 March 2016 on health-care benefits, as amended by Prakas No. 184 (maternity provision not read)",
	"url": _nssf,
	"binding": "law",
	"effective_from": "2018-01-01",
	"verification": "secondary",
	"checked_against": [_ca_nssf_2018, _ca_wi_mat, _ca_ppp_mat, _ca_akp_2017, _ca_kt_2017, _ca_nssf_prakas109],
	"notes": [
		"70 % of the average daily wage on which contributions were paid, for the 90 days of leave, to a member with at least 9 months of contributions in the 12 months before the birth; paid by the NSSF on top of the employer's 50 % (Art. 183), so 120 % in all.",
		"Effective date is a lower bound: the Prime Minister's announcement of October 2017 and the NSSF's news of August 2018 describe the 120 % as applying from January 2018. The health-care scheme for persons under the Labour Law was set up by Sub-decree No. 01 of 6 January 2016 and its benefits by Prakas No. 109 of 17 March 2016 (later amended by Prakas No. 184), and the NSSF paid a maternity allowance by mid-2017; whether the 70 % rate dates from the 2016 Prakas was not checked, its maternity article not having been read. The Law on Social Security Schemes (Royal Kram NS/RKM/1119/018, 2019) now frames the schemes; its maternity provisions were not read.",
	],
}

# METADATA
# title: Pregnancy testing (not encoded)
sources contains object.union(_ll, {
	"requirement": "maternity.no_pregnancy_testing",
	"entry": "not_encoded",
	"article": "Art. 12; MLVT Instruction No. 015/25",
	"verification": "unverified",
	"checked_against": [_ca_wi_mat, _ca_hbs_015, _ca_jbl_015, _ca_andersen_015, _ca_blog_discr],
	"reason": "No statute, Prakas or instruction read names pregnancy tests. Art. 12 bars taking sex into account in hiring but does not list pregnancy as a ground; MLVT Instruction No. 015/25 of 7 February 2025 bars discrimination against pregnant workers in hiring, contract renewal and pay, and three independent summaries of it (HBS Law, JBL Mekong, Andersen) list its measures without any mention of tests or pregnancy questions. Whether a test required in recruitment is discrimination under Art. 12 or the Instruction is a matter of interpretation (labour inspectorate, Arbitration Council) with no ruling found; the Instruction's Khmer text was not read.",
})

# METADATA
# title: Statutory minimum wage paid
sources contains object.union(_ll, {
	"requirement": "wages.minimum_wage_paid",
	"value": true,
	"article": "Arts. 104-105, 107",
	"checked_against": _ca_minimum_wage,
	"notes": [
		"Wages must be at least the guaranteed minimum wage (Art. 104); agreements below it are void (Art. 105). The minimum wage is set by Prakas, by region but not by profession (Art. 107); in practice Prakas fix it for the textile, garment, footwear, travel goods and bag industries. The Law on Minimum Wage 2018 set up a tripartite National Council on Minimum Wage (not read).",
		"Rate in force in those industries: US$210 a month from 1 January 2026 (Prakas No. 214 of 17 September 2025), after US$208 in 2025 (not encoded as an amount; see the minimum wage regime).",
	],
})

# METADATA
# title: Living wage (none)
sources contains object.union(_ll, {
	"requirement": "wages.living_wage",
	"entry": "absence",
	"article": "Art. 104",
	"checked_against": [_ca_ch6, _ca_wi_wages],
	"notes": ["The Law requires only the guaranteed minimum wage, which Art. 104 says must ensure every worker a decent standard of living compatible with human dignity; no separate living-wage requirement."],
})

# METADATA
# title: Wages paid regularly
sources contains object.union(_ll, {
	"requirement": "wages.paid_regularly",
	"value": true,
	"article": "Art. 116",
	"checked_against": [_ca_nop_pay, _ca_akp_pay],
	"notes": ["Labourers are paid at least twice a month, at most 16 days apart; employees at least once a month; piece-work over 15 days has partial payments every 15 days; wages due on termination within 48 hours (Art. 116). A Prakas of 21 September 2018 requires every enterprise to pay twice a month from January 2019 (not read)."],
})

_deductions_note := "Article numbers from a paraphrased copy of the ILO English translation (Ch. VI, Section 1, F. Wage deductions, Arts. 126-129), consistent with the numbering of the ILO translation's pages before and after (Arts. 120-122, 130-135); the translation's own wording of Arts. 126-129 was not read. Art. 366 penalises unlawful offsetting, instalments and deductions."

# METADATA
# title: Wage deductions
sources contains object.union(_ll, {
	"requirement": requirement,
	"value": true,
	"article": article,
	"checked_against": [_ca_ll_deductions, _ca_ll_ilo_p24, _ca_ll_ilo_p26, _ca_prake_pay, _ca_ch16],
	"notes": [note, _deductions_note],
}) if {
	some [requirement, article, note] in [
		[
			"wages.deductions_only_as_prescribed",
			"Arts. 127-129, 366",
			"The employer may offset against wages only the items listed (tools and equipment not returned, goods and materials in the worker's charge, sums advanced to buy them, sums owed to the company store), within the part of the wage not needed for the worker's and family's living (Art. 127); other advances are recovered only by successive deductions within the attachable part of the wage (Art. 128); any agreement authorising other deductions is null and void, save union dues the worker authorises in writing, revocably (Art. 129). WageIndicator: deductions are generally not allowed.",
		],
		[
			"wages.no_disciplinary_deductions",
			"Arts. 127-129, 366",
			"A fine or penalty is not among the deductions Arts. 127-128 allow, and any agreement authorising other deductions is void (Art. 129); WageIndicator: no deduction or charge to punish misconduct or a refusal to work overtime.",
		],
		[
			"wages.no_deductions_for_obtaining_employment",
			"Arts. 126, 366",
			"Deductions from wages made to obtain or keep employment, paid directly or indirectly to the employer, his agents or any intermediary such as a recruiter, are prohibited (Art. 126); WageIndicator: no guarantee or bond may be required to get or keep a job.",
		],
	]
}

# METADATA
# title: Prohibited grounds of discrimination
sources contains object.union(_ll, {
	"requirement": "non_discrimination.grounds",
	"value": ["race", "colour", "sex", "creed", "religion", "political_opinion", "birth", "social_origin", "union_membership"],
	"article": "Art. 12",
	"checked_against": [_ca_blog_discr, _ca_c111_2005, _ca_c111_2023, _ca_ch1],
	"notes": [
		"No employer may take race, colour, sex, creed, religion, political opinion, birth, social origin, membership of a workers' union or union activity into account in hiring, assignment, training, promotion, pay, social benefits, discipline or dismissal; distinctions based on the qualifications a job requires are not discrimination. Mapping: creed -> creed, birth -> birth (the CEACR renders this ground as national extraction), membership or activity of a union -> union_membership.",
		"Disability is protected by the Law on the Protection and Promotion of the Rights of Persons with Disabilities (2009) and pregnancy by MLVT Instruction No. 015/25 (2025); neither is encoded. The Criminal Code (Arts. 265-269) penalises discrimination in recruitment and dismissal.",
		_scope,
	],
})

# METADATA
# title: Equal pay for work of equal value (restricted)
sources contains object.union(_ll, {
	"requirement": "equal_pay.equal_value",
	"entry": "restriction",
	"value": false,
	"article": "Art. 106",
	"checked_against": [_ca_ch6, _ca_c100_2012],
	"notes": ["For work of equal conditions, professional skill and output the wage is equal regardless of origin, sex or age (Art. 106): equal pay for the same work, narrower than equal pay for work of equal value (ILO CEACR observations on C100, which Cambodia ratified). The Constitution (Art. 36) gives equal pay for equal work."],
})

# METADATA
# title: Right to organise (restricted)
sources contains object.union(_tul, {
	"requirement": "freedom_of_association.right_to_organise",
	"entry": "restriction",
	"value": false,
	"article": "Arts. 3, 10, 17, 20, 27",
	"checked_against": [_ca_ituc, _ca_lri, _ca_c087_2019, _ca_c087_2024, _ca_ccc_tul, _ca_natlex],
	"notes": [
		"Workers may form and join unions, but the Law restricts who may: it covers only persons under the Labour Law (Arts. 3, 10: not civil servants, teachers, domestic or informal-economy workers), a union needs at least 10 workers to be formed and must register, under requirements the CEACR has found open to arbitrary refusal, union leaders must meet conditions (Art. 20 as amended: Cambodians at least 18; foreigners literate in Khmer, with two years' work and permanent residence in Cambodia), and unions must report bank details (Arts. 17, 27). The ILO supervisory bodies have repeatedly asked for amendments (CEACR observation 2024); the Labour Rights Index 2024 answers 'no' to free formation and joining of unions of one's choice.",
		"Ten articles (3, 17, 20, 21, 27, 28, 29, 54, 55, 59) were amended in 2019-2020 (passed by the National Assembly in November 2019; promulgation date not checked), easing registration and reporting; the restrictions above remain according to the ITUC.",
	],
})

# METADATA
# title: Collective bargaining
sources contains object.union(_ll, {
	"requirement": "freedom_of_association.collective_bargaining",
	"value": true,
	"article": "Arts. 96-101, 277",
	"checked_against": [_ca_usdos, _ca_lri, _ca_ituc],
	"notes": ["Collective agreements are regulated by Arts. 96-101; a union with most representative status (Labour Law and Prakas, then the Law on Trade Unions 2016) may bargain and the employer must negotiate with it. Minority unions cannot bargain for their own members (ITUC), and the Labour Rights Index 2024 answers 'no' to bargaining through representative unions of one's choice."],
})

# METADATA
# title: Health and safety rights (not encoded)
sources contains object.union(_ll, {
	"requirement": requirement,
	"entry": "not_encoded",
	"article": article,
	"verification": "unverified",
	"checked_against": checked,
	"reason": reason,
}) if {
	some [requirement, article, checked, reason] in [
		[
			"health_safety.free_protective_equipment",
			"Art. 229; Prakas No. 264/16 on personal protective equipment",
			[_ca_ch8, _ca_rivermate_osh],
			"Art. 229 leaves individual protective equipment and work clothes to a Prakas; that the employer must supply it free of charge is reported only by an employer-of-record guide (Rivermate, citing Prakas No. 264/16), whose text was not read.",
		],
		[
			"health_safety.right_to_remove_from_danger",
			"Chapter VIII",
			[_ca_ch8],
			"Arts. 228-230 set the employer's general duties; no worker's right to leave serious danger was found, but the rest of Chapter VIII and the OSH Prakas were not checked.",
		],
		[
			"health_safety.worker_participation",
			"Chapter VIII; Prakas on OSH committees",
			[_ca_ch8],
			"A Prakas on enterprise health and safety committees is reported but was not found; the shop stewards' role in health and safety (Chapter XI) was not checked.",
		],
	]
}

# METADATA
# title: Workplace harassment policy (none)
sources contains object.union(_ll, {
	"requirement": "harassment.policy",
	"entry": "absence",
	"article": "Art. 172",
	"checked_against": [_ca_c111_2005, _ca_c111_2010],
	"notes": ["All forms of sexual violation (harassment) are strictly forbidden (Art. 172), but the Law puts no duty on employers to adopt a harassment policy; the CEACR has asked the Government for measures to prevent and address sexual harassment at work."],
})

# Ratifications: NORMLEX comment headers give the year of ratification ("Cambodia
# (Ratification: 1999)"); exact dates only where a source gave them.
_normlex := "https://normlex.ilo.org/"

_r_c029 := {"url": "https://normlex.ilo.org/dyn/normlex/en/f?p=1000%3A13101%3A0%3A%3ANO%3A13101%3AP13101_COMMENT_ID%3A4304103", "title": "NORMLEX, CEACR direct request on C29, Cambodia (2022): Ratification 1969"}

_r_c105 := {"url": "https://normlex.ilo.org/dyn/normlex/en/f?p=1000%3A13100%3A0%3A%3ANO%3A13100%3AP13100_COMMENT_ID%2CP13100_COUNTRY_ID%3A3953287%2C103055", "title": "NORMLEX, Conference Committee case on C105, Cambodia (2018): Ratification 1999"}

_r_c098 := {"url": "https://normlex.ilo.org/dyn/nrmlx_en/f?p=1000%3A13100%3A0%3A%3ANO%3A13100%3AP13100_COMMENT_ID%2CP13100_COUNTRY_ID%3A2274528%2C103055", "title": "NORMLEX, CEACR observation on C98, Cambodia (2006): Ratification 1999"}

_r_c100 := {"url": "http://ilo.org/dyn/normlex/en/f?p=1000%3A13100%3A0%3A%3ANO%3A13100%3AP13100_COMMENT_ID%2CP13100_COUNTRY_ID%3A4344694%2C103055", "title": "NORMLEX, CEACR direct request on C100, Cambodia (2023): Ratification 1999"}

_r_camfeba := {"url": "https://pdfslide.net/documents/unofficial-translation-welcome-to-decree-khlawontradeunionunofficial-translation.html", "title": "CAMFEBA, unofficial translation of the Law on Trade Unions, preface: C87 and C98 ratified on 23 August 1999"}

_r_daily := {"url": "https://english.cambodiadaily.com/news/ilo-urges-improvement-on-labor-standards-administration-89610/", "title": "Cambodia Daily (1999): Cambodia ratified six core conventions in July 1999, after C29 in 1969"}

_r_delta87 := {"url": "https://delta87.org/dashboards/cambodia/", "title": "Alliance 8.7 dashboard, Cambodia: C182 ratified 2006; P29 not ratified"}

_r_wiki := {"url": "https://wikimili.com/wiki/Child_labour_in_Cambodia", "title": "Child labour in Cambodia (wiki): C138 ratified 1999 with a declared minimum age of 14, C182 in 2006"}

_r_osh := {"url": "http://www.ilo.ch/asia/projects/WCMS_874057/lang--en/index.htm", "title": "ILO project page: Promotion of a safe and healthy working environment through application of fundamental Conventions in Cambodia and Thailand (Thailand ratified C187 in 2016; Cambodia to develop its OSH system in line with C155 and C187)"}

# METADATA
# title: ILO ratifications of the fundamental instruments
# description: |
#   url is the NORMLEX portal; checked_against names the NORMLEX comment pages (whose
#   headers give the year of ratification) and other pages read. Cambodia's NORMLEX
#   ratification table itself was not read, so every status is "secondary" at best.
ratifications := {
	"C29": {"status": "ratified", "verification": "secondary", "url": _normlex, "checked_against": [_r_c029, _ca_c029_1998], "notes": ["Ratified 1969 (NORMLEX comment header)."]},
	"P29": {
		"status": "not_ratified", "verification": "unverified", "url": _normlex, "checked_against": [_r_delta87],
		"notes": ["Not ratified according to the Alliance 8.7 dashboard (data of about 2017); not confirmed against NORMLEX."],
	},
	"C87": {"status": "ratified", "date": "1999-08-23", "verification": "secondary", "url": _normlex, "checked_against": [_ca_c087_2024, _r_camfeba, _ca_lri], "notes": ["NORMLEX: ratification 1999. The date is from the preface of CAMFEBA's translation of the Law on Trade Unions; the Cambodia Daily reported ratification of the core conventions in July 1999."]},
	"C98": {"status": "ratified", "date": "1999-08-23", "verification": "secondary", "url": _normlex, "checked_against": [_r_c098, _r_camfeba], "notes": ["NORMLEX: ratification 1999; date from the CAMFEBA preface."]},
	"C100": {"status": "ratified", "verification": "secondary", "url": _normlex, "checked_against": [_r_c100, _r_daily], "notes": ["Ratified 1999 (NORMLEX comment header)."]},
	"C105": {"status": "ratified", "verification": "secondary", "url": _normlex, "checked_against": [_r_c105, _r_daily], "notes": ["Ratified 1999 (NORMLEX comment header)."]},
	"C111": {"status": "ratified", "verification": "secondary", "url": _normlex, "checked_against": [_ca_c111_2023, _r_daily], "notes": ["Ratified 1999 (NORMLEX comment header)."]},
	"C138": {
		"status": "ratified", "declared_minimum_age": 14, "verification": "secondary", "url": _normlex, "checked_against": [_ca_c138, _r_wiki],
		"notes": ["Ratified 1999 (NORMLEX comment header). Declared minimum age 14; the CEACR has asked Cambodia to notify 15, the age of Labour Law Art. 177(1), under Art. 2(2)."],
	},
	"C182": {"status": "ratified", "verification": "secondary", "url": _normlex, "checked_against": [_r_delta87, _r_wiki], "notes": ["Ratified 2006 (Alliance 8.7 dashboard); no NORMLEX page on C182 was read."]},
	"C155": {"status": "not_ratified", "verification": "secondary", "url": _normlex, "checked_against": [_r_osh], "notes": ["Not ratified according to the ILO project page (about 2022); later ratification not checked."]},
	"C187": {"status": "not_ratified", "verification": "secondary", "url": _normlex, "checked_against": [_r_osh], "notes": ["Not ratified according to the ILO project page (about 2022); later ratification not checked."]},
}
