package engine

// RegionNeeded counts the sites and suppliers of a country whose rules
// depend on the region (a law that applies in part of the country) but
// whose region the document does not give.
type RegionNeeded struct {
	Country string `json:"country"`
	Count   int    `json:"count"`
	// First is the JSON pointer of the first such region (sites first).
	First string `json:"first"`
}

// needsRegion counts a subject without a region in a country whose rules
// read it.
func (sh *shard) needsRegion(lc *legalContext, region, country, kind string, index int) {
	if region != "" || len(lc.bands.regions) == 0 {
		return
	}
	if sh.noRegion == nil {
		sh.noRegion = uses{}
	}
	sh.noRegion.add(country, kind, index)
}

// regionsNeeded merges the shards' counts, by country.
func (r *Run) regionsNeeded() []RegionNeeded {
	return notes(r.shards, func(sh *shard) uses { return sh.noRegion }, func(cc string, u *use) RegionNeeded {
		return RegionNeeded{Country: cc, Count: u.count, First: u.pointer("region")}
	})
}
