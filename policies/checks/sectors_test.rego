package hrdd.checks.sectors_test

import data.hrdd.catalogue

# Every sector list of a condition, the unless part included.
_lists contains [sprintf("national.%s %s %s", [cc, s.requirement, s.article]), list] if {
	some cc
	some s in data.hrdd.national[cc].sources
	some c in [s.conditions, object.get(s.conditions, "unless", {})]
	some key in ["sectors", "sectors_excluded"]
	list := c[key]
}

# METADATA
# title: Sector conditions use the catalogue's sector words
# description: |
#   A document's sector is read as a catalogue word, so a condition naming
#   anything else (an alias, a spelling of its own) would never hold.
test_condition_sectors_are_catalogue_words if {
	bad := {[where, word] |
		some [where, list] in _lists
		some word in list
		not catalogue.sectors[word]
	}
	print("sector words not in the catalogue:", bad)
	count(bad) == 0
}

# METADATA
# title: The sector words and their aliases name one sector each
test_sector_aliases_are_unambiguous if {
	words := {w | some w, _ in catalogue.sectors} | {g | some g, _ in catalogue.sector_groups}
	aliases := array.concat(
		[a | some _, s in catalogue.sectors; some a in s.aliases],
		[a | some _, g in catalogue.sector_groups; some a in g.aliases],
	)
	dup := {a | some i, a in aliases; some j, b in aliases; i < j; a == b}
	clash := {a | some a in aliases; a in words}
	bad := {w |
		some w in (words | {a | some a in aliases})
		not regex.match(`^[a-z0-9]+(_[a-z0-9]+)*$`, w)
	}
	print("aliases twice:", dup, "aliases that are words:", clash, "not lower_snake:", bad)
	(count(dup) + count(clash)) + count(bad) == 0
}

test_sector_conditions_are_checked if {
	count(_lists) > 0
}

_groups contains [sprintf("national.%s %s %s", [cc, s.requirement, s.article]), g] if {
	some cc
	some s in data.hrdd.national[cc].sources
	some c in [s.conditions, object.get(s.conditions, "unless", {})]
	some g in c.worker_groups
}

# METADATA
# title: Groups of workers in conditions are the catalogue's
test_condition_worker_groups_are_catalogue_words if {
	bad := {[where, g] |
		some [where, g] in _groups
		not catalogue.worker_groups[g]
	}
	print("worker groups not in the catalogue:", bad)
	count(bad) == 0
	count(_groups) > 0
}

# METADATA
# title: A sector group is made of sector words, and is not one itself
test_sector_groups_are_made_of_words if {
	bad := {[g, w] |
		some g, grp in catalogue.sector_groups
		some w in grp.words
		not catalogue.sectors[w]
	}
	clash := {g | some g, _ in catalogue.sector_groups; catalogue.sectors[g]}
	print("group words not in sectors:", bad, "groups that are words:", clash)
	count(bad) + count(clash) == 0
}

# METADATA
# title: Regions in conditions are ISO 3166-2 codes of the pack's country
test_condition_regions_are_codes_of_the_country if {
	bad := {[cc, s.requirement, r] |
		some cc
		some s in data.hrdd.national[cc].sources
		some c in [s.conditions, object.get(s.conditions, "unless", {})]
		some key in ["regions", "regions_excluded"]
		some r in c[key]
		not regex.match(sprintf(`^%s-[A-Z0-9]{1,3}$`, [upper(cc)]), r)
	}
	print("regions not of the pack's country:", bad)
	count(bad) == 0
}
