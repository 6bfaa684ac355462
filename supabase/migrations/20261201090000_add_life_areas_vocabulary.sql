-- Adds the life-area vocabulary (issue #9): people describe discrimination by where it happened
-- (at work, in housing, at school, with authorities…). Its own migration because a new enum value
-- can be used only after the transaction that adds it has committed.
alter type public.taxonomy_vocabulary add value if not exists 'life_areas';
