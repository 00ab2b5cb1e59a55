# METADATA
# title: Official hosts
# description: |
#   Where a source's url may point: the legislation portal or gazette of the
#   jurisdiction, or the organisation that issued the instrument. Secondary
#   pages (law firms, news, translations, wikis, document-sharing sites) go in
#   checked_against, never in url. A host matches itself and its subdomains.
package hrdd.checks.official

# METADATA
# title: Official hosts, by who publishes there
# description: A partial set, so that a pack's maintainers can add their portals in a file of their own beside this one.
hosts contains h if some h in _base

_base := {
	# International organisations that issue the instruments.
	"ilo.org", "ilo.ch", "oit.org", "ohchr.org", "un.org", "oecd.org",
	"ethicaltrade.org", "responsiblebusiness.org",
	# European Union.
	"europa.eu",
	# Japan.
	"e-gov.go.jp", "japaneselawtranslation.go.jp", "mhlw.go.jp", "meti.go.jp", "moj.go.jp", "kantei.go.jp", "otit.go.jp",
	# Korea.
	"law.go.kr", "elaw.klri.re.kr", "moel.go.kr",
	# China.
	"npc.gov.cn", "gov.cn", "mohrss.gov.cn", "acftu.org",
	# Taiwan.
	"law.moj.gov.tw", "mol.gov.tw",
	# Viet Nam.
	"vbpl.vn", "chinhphu.vn", "quochoi.vn", "molisa.gov.vn", "moha.gov.vn",
	# Thailand.
	"krisdika.go.th", "ratchakitcha.soc.go.th", "mol.go.th", "labour.go.th", "doe.go.th",
	# Indonesia.
	"peraturan.go.id", "peraturan.bpk.go.id", "jdih.kemnaker.go.id", "kemnaker.go.id", "setneg.go.id", "dpr.go.id",
	# India.
	"indiacode.nic.in", "egazette.gov.in", "labour.gov.in", "dgfasli.nic.in", "legislative.gov.in",
	# Bangladesh.
	"bdlaws.minlaw.gov.bd", "mole.gov.bd", "bepza.gov.bd", "dife.gov.bd",
	# Malaysia.
	"agc.gov.my", "mohr.gov.my", "jtksm.mohr.gov.my",
	# Philippines.
	"officialgazette.gov.ph", "dole.gov.ph", "elibrary.judiciary.gov.ph", "congress.gov.ph", "senate.gov.ph", "bwc.dole.gov.ph",
	# Cambodia.
	"mlvt.gov.kh", "cambodia.gov.kh", "nssf.gov.kh",
	# Mexico.
	"dof.gob.mx", "diputados.gob.mx", "gob.mx",
	# United States.
	"ecfr.gov", "uscode.house.gov", "law.cornell.edu", "govinfo.gov", "dol.gov", "eeoc.gov", "congress.gov", "archives.gov",
	# France.
	"legifrance.gouv.fr", "travail-emploi.gouv.fr", "service-public.fr",
	# Germany.
	"gesetze-im-internet.de", "bmas.de", "bundesgesetzblatt.de", "recht.bund.de",
	# United Kingdom, Australia, Switzerland, Norway.
	"legislation.gov.uk", "gov.uk", "legislation.gov.au", "fedlex.admin.ch", "admin.ch", "lovdata.no", "regjeringen.no",
}

# METADATA
# title: The host of a URL
host(url) := h if {
	rest := trim_prefix(trim_prefix(url, "https://"), "http://")
	h := lower(split(split(rest, "/")[0], ":")[0])
}

# METADATA
# title: Whether a URL is on an official host
official(url) if {
	h := host(url)
	some o in hosts
	_matches(h, o)
}

_matches(h, o) if h == o

_matches(h, o) if endswith(h, concat("", [".", o]))
