-- H2 counts VARCHAR lengths in UTF-16 units, so a text at its limit in characters that contains
-- characters outside the BMP (𠮷, 🚀: two units each) did not fit. Lengths are checked in
-- characters by the application; give every user text room for two units per character.
-- (MySQL/MariaDB count characters, so they need no change.)
ALTER TABLE agreement ALTER COLUMN title SET DATA TYPE VARCHAR(400);
ALTER TABLE agreement ALTER COLUMN description SET DATA TYPE VARCHAR(8000);
ALTER TABLE agreement_signature ALTER COLUMN signatory SET DATA TYPE VARCHAR(200);
ALTER TABLE document ALTER COLUMN file_name SET DATA TYPE VARCHAR(510);
ALTER TABLE project ALTER COLUMN title SET DATA TYPE VARCHAR(400);
ALTER TABLE project ALTER COLUMN description SET DATA TYPE VARCHAR(8000);
ALTER TABLE tranche ALTER COLUMN purpose SET DATA TYPE VARCHAR(4000);
ALTER TABLE tranche ALTER COLUMN progress_report SET DATA TYPE VARCHAR(8000);
ALTER TABLE tranche ALTER COLUMN finding SET DATA TYPE VARCHAR(8000);
ALTER TABLE tranche ALTER COLUMN resolution SET DATA TYPE VARCHAR(8000);
