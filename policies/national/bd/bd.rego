# METADATA
# title: Bangladesh national rule pack
# description: Bangladesh Labour Act 2006 as amended (2013, 2018, Ordinance 2025) and ILO ratifications.
package hrdd.national.bd

# METADATA
# title: Country name
name := "Bangladesh"

_bla := {
	"instrument": "Bangladesh Labour Act 2006",
	"binding": "law",
	"url": "https://accountabilityhub.org/provision/ss-34-and-44/",
	# The Act came into force on 11 October 2006.
	"effective_from": "2006-10-11",
}

# METADATA
# title: Source values
sources contains object.union(_bla, {
	"requirement": "child_labour.minimum_age",
	"value": 14,
	"article": "ss. 2(63), 34",
	"verification": "secondary",
})

# METADATA
# title: ILO ratifications of the fundamental conventions
ratifications := {"C138": {
	"status": "ratified",
	"date": "2022-03-22",
	"declared_minimum_age": 14,
	"verification": "secondary",
	"url": "https://www.tbsnews.net/bangladesh/bangladesh-complete-ilo-ratification-eliminate-child-labour-389298",
}}
