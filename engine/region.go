package engine

import (
	"fmt"
	"regexp"
)

// checkRegion rejects a region (InRegion) that is not an ISO 3166-2 code of
// country.
func checkRegion(opts []Option, country string) error {
	var s settings
	for _, o := range opts {
		o(&s)
	}
	if s.region == "" {
		return nil
	}
	if !regionCode.MatchString(s.region) || s.region[:2] != country {
		return fmt.Errorf("region %q: want an ISO 3166-2 code of %s, such as %s-01", s.region, country, country)
	}
	return nil
}

var regionCode = regexp.MustCompile(`^[A-Z]{2}-[A-Z0-9]{1,3}$`)
