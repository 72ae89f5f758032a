-- Trigram indexes serve search-as-you-type over names, codes, tags and serials (typo-tolerant).
CREATE EXTENSION IF NOT EXISTS pg_trgm;
