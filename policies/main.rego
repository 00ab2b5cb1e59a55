# METADATA
# title: hrdd entry point
# description: |
#   Composes the requirement catalogue, the international standards
#   (data.hrdd.standards.<instrument>), the national packs
#   (data.hrdd.national.<cc>) and the due-diligence laws (data.hrdd.dd.<law>)
#   into the source values in force for one legal context. Choosing the
#   strictest value is left to Go, which owns the ordering of each kind.
package hrdd.main

import data.hrdd.catalogue

_cc := lower(input.country)

# A source value is in force from effective_from (inclusive) until
# effective_to (exclusive); dates are ISO 8601 strings, so they order as text.
_in_force(s) if {
	s.effective_from <= input.as_of
	not _ended(s)
}

_ended(s) if {
	is_string(s.effective_to)
	input.as_of >= s.effective_to
}

# International source values in force under the active profiles, with the
# ratification status of the country attached where the pack records it.
_international(id) := [_with_ratification(s) |
	some name
	some s in data.hrdd.standards[name].sources
	s.requirement == id
	s.profile in input.profiles
	_in_force(s)
]

_with_ratification(s) := object.union(s, {"ratification": r}) if {
	r := data.hrdd.national[_cc].ratifications[s.instrument_code]
} else := s

# Labour sources of the country's national pack in force on the date.
_national(id) := [s |
	some s in data.hrdd.national[_cc].sources
	s.requirement == id
	_in_force(s)
]

# METADATA
# title: Requirements in force for one legal context
# description: |
#   Input: {"country", "as_of", "profiles", "context": {"sector", "workers"}}.
#   For every workplace-level requirement: the domestic and the international
#   source values in force. Empty lists mean the side says nothing.
requirements[id] := {"domestic": _national(id), "international": _international(id)} if {
	some id, _ in catalogue.requirements
	not id in catalogue.company_level
	not id in catalogue.engine_level
}

# METADATA
# title: International instruments in force
# description: |
#   Input: {"as_of", "profiles"}. Every international instrument with a source
#   value in force under the active profiles: the report header lists them.
instruments contains {"name": s.instrument, "profile": s.profile, "binding": s.binding} if {
	some name
	some s in data.hrdd.standards[name].sources
	s.profile in input.profiles
	_in_force(s)
}

# METADATA
# title: National pack metadata
# description: Whether the country has a pack, its name and the context attributes its rules read.
country := {
	"code": upper(_cc),
	"pack": _has_pack,
	"name": _pack_name(_cc),
	"reads": _pack_reads(_cc),
	"workers_thresholds": _pack_thresholds(_cc),
	"ratifications": _pack_ratifications(_cc),
	"minimum_wage_regime": _pack_wage_regime(_cc),
}

default _has_pack := false

_has_pack if data.hrdd.national[_cc].sources

# METADATA
# title: Context attributes read by each national pack
# description: Go keys its cache of legal contexts on these, so that rules are evaluated once per distinct context.
reads[cc] := {"reads": _pack_reads(cc), "workers_thresholds": _pack_thresholds(cc)} if {
	some cc
	data.hrdd.national[cc].name
}

# Packs are read rule by rule (never as whole documents), so that evaluating
# one pack's metadata does not evaluate every rule — or test — beside it.
_pack_name(cc) := x if {
	x := data.hrdd.national[cc].name
} else := ""

_pack_reads(cc) := x if {
	x := data.hrdd.national[cc].reads
} else := set()

_pack_thresholds(cc) := x if {
	x := data.hrdd.national[cc].workers_thresholds
} else := set()

_pack_ratifications(cc) := x if {
	x := data.hrdd.national[cc].ratifications
} else := {}

_pack_wage_regime(cc) := x if {
	x := data.hrdd.national[cc].minimum_wage_regime
} else := null

# METADATA
# title: Due-diligence laws and their applicability
# description: |
#   Input: {"company", "as_of", "profiles", "operations": {"countries"}}, where
#   operations.countries are where the company itself operates: headquarters,
#   countries it employs people in, and its sites (not its suppliers'
#   countries). Every due-diligence law in force on
#   the date, with its applicability to the company: applies, not_applicable,
#   or unknown when the document lacks a figure the law's threshold needs.
laws := [object.union(law, {"id": name, "applicability": data.hrdd.dd[name].applicability}) |
	some name
	law := data.hrdd.dd[name].law
	_in_force(law)
]

_applies contains name if {
	some name
	_in_force(data.hrdd.dd[name].law)
	data.hrdd.dd[name].applicability.status == "applies"
}

# METADATA
# title: Company-level requirements
# description: |
#   For every company-level requirement: the international sources in force and
#   the sources of the due-diligence laws that apply to the company.
due_diligence[id] := {"domestic": d, "international": _international(id)} if {
	some id in catalogue.company_level
	d := [object.union(s, {"law": name}) |
		some name in _applies
		some s in data.hrdd.dd[name].sources
		s.requirement == id
		_in_force(s)
	]
}

# METADATA
# title: Company-level requirements of one jurisdiction
# description: |
#   For `hrdd requirements`: the sources of every due-diligence law of
#   input.country in force on the date, whatever its thresholds.
jurisdiction_due_diligence[id] := {"domestic": d, "international": _international(id)} if {
	some id in catalogue.company_level
	d := [object.union(s, {"law": name}) |
		some name
		law := data.hrdd.dd[name].law
		law.jurisdiction == upper(_cc)
		_in_force(law)
		some s in data.hrdd.dd[name].sources
		s.requirement == id
		_in_force(s)
	]
}

# METADATA
# title: Every source value of every pack
# description: |
#   For `hrdd doc`: all source values whatever their dates, with the pack they
#   come from. Values that depend on input.context appear only for the context given.
all_sources contains object.union(s, {"pack": sprintf("standards.%s", [name])}) if {
	some name
	some s in data.hrdd.standards[name].sources
}

all_sources contains object.union(s, {"pack": sprintf("national.%s", [cc])}) if {
	some cc
	some s in data.hrdd.national[cc].sources
}

all_sources contains object.union(s, {"pack": sprintf("dd.%s", [name])}) if {
	some name
	some s in data.hrdd.dd[name].sources
}

# METADATA
# title: National packs
# description: "For `hrdd doc`: every national pack's name, the attributes it reads and its ratifications."
national_packs[upper(cc)] := {
	"name": _pack_name(cc),
	"reads": _pack_reads(cc),
	"ratifications": _pack_ratifications(cc),
	"minimum_wage_regime": _pack_wage_regime(cc),
} if {
	some cc
	data.hrdd.national[cc].name
}

# METADATA
# title: Due-diligence laws
# description: "For `hrdd doc`: every due-diligence law, whatever its dates."
all_laws[name] := data.hrdd.dd[name].law
