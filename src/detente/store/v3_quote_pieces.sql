-- Step 2 (detente 0.2): a quotation is one row however many pieces its attribution cuts it
-- into, and the words of the attribution that name its speaker have a place.
--
-- pieces: JSON array of [start, end] character spans into documents.text, in text order;
-- span_start/span_end run from the first piece's start to the last piece's end.
-- speaker_start/speaker_end: where the attribution names the speaker ("he", "an expert");
-- speaker_text holds those words.
--
-- Rows written before this step were one piece each, and nothing recorded where their speaker
-- was named: they get their own span as their only piece and NULL speaker offsets.

ALTER TABLE quotes ADD COLUMN pieces TEXT;
ALTER TABLE quotes ADD COLUMN speaker_start INTEGER;
ALTER TABLE quotes ADD COLUMN speaker_end INTEGER;
UPDATE quotes SET pieces = json_array(json_array(span_start, span_end));
