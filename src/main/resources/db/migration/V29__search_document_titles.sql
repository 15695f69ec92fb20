-- Search (#18): documents whose title, number or description hold the words come first, from this small index; the
-- files' text (ft_document) is ranked only when these are fewer than a page (ranking 20 000 files' text costs ~100 ms).
ALTER TABLE document ADD FULLTEXT INDEX ft_document_meta (title, description, deliberation_number);
