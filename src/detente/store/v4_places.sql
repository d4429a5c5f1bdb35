-- Step 4 (detente 0.2): where events happen (detente.geo). Every event now gets a location: a
-- named place with coordinates, a region, or its country at the country's point.
--
-- location_precision: 'place', 'admin' or 'country'; NULL for rows written before this step
--   (the coder's own location, when it had one) and for events with no known country.
-- location_start/location_end: character span into documents.text where the text names the
--   place (the evidence); NULL when the country was inferred from the event's actors.
-- location_geonameid: the GeoNames id of the gazetteer entry used.
--
-- The index serves the map: events with coordinates, by day.

ALTER TABLE events ADD COLUMN location_precision TEXT
    CHECK (location_precision IN ('place', 'admin', 'country'));
ALTER TABLE events ADD COLUMN location_start INTEGER;
ALTER TABLE events ADD COLUMN location_end INTEGER;
ALTER TABLE events ADD COLUMN location_geonameid INTEGER;
CREATE INDEX events_located ON events(day) WHERE location_lat IS NOT NULL;
