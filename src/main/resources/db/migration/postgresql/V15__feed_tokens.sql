-- A feed subscription keeps its token, so that the account page and the API can show its private address again (until
-- now only its digest was kept and the address was shown once). Feeds made before stay without one.
ALTER TABLE subscriptions ADD COLUMN feed_token TEXT;
