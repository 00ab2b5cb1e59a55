package hrdd.checks.official

# Bangladesh: the Supreme Court, which publishes the judgments whose guidelines
# bind employers (sexual harassment, BNWLA v Bangladesh, 2009).
hosts contains "supremecourt.gov.bd"
