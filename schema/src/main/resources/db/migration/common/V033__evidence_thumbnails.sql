-- Evidence pictures get a small thumbnail beside their preview: portfolios print pictures in 112-point boxes, and
-- a 480-pixel JPEG (about 300 dpi there) makes a portfolio a quarter the size of one built from 1600-pixel
-- previews. Pictures uploaded before this migration have none; portfolios fall back to their preview.
ALTER TABLE achievement_evidence ADD COLUMN thumbnail_jpeg BYTEA;
