-- index idx_article_keys_article_id
CREATE INDEX idx_article_keys_article_id on article_keys (article_id);

-- index idx_articles_content_hash
CREATE INDEX "idx_articles_content_hash"
    ON "articles" ("content_hash");

-- index idx_articles_copy_of
CREATE INDEX "idx_articles_copy_of"
    ON "articles" ("copy_of");

-- index idx_articles_key
CREATE UNIQUE INDEX "idx_articles_key"
    ON "articles" ("key");

-- index idx_articles_outlet_id
CREATE INDEX "idx_articles_outlet_id"
    ON "articles" ("outlet_id");

-- index idx_articles_published
CREATE INDEX "idx_articles_published"
    ON "articles" ("published");

-- index idx_group_keys_quote_id
CREATE INDEX idx_group_keys_quote_id on group_keys (quote_id);

-- index idx_outlets_name
CREATE UNIQUE INDEX "idx_outlets_name"
    ON "outlets" ("name");

-- index idx_quote_groups_first_published_original_articles
CREATE INDEX "idx_quote_groups_first_published_original_articles"
    ON "quote_groups" ("first_published", "original_articles");

-- index idx_quote_groups_original_articles_outlets_quotes
CREATE INDEX "idx_quote_groups_original_articles_outlets_quotes"
    ON "quote_groups" ("original_articles", "outlets", "quotes");

-- index idx_quote_groups_speaker_count_quotes
CREATE INDEX "idx_quote_groups_speaker_count_quotes"
    ON "quote_groups" ("speaker_count", "quotes");

-- index idx_quotes_article_id
CREATE INDEX "idx_quotes_article_id"
    ON "quotes" ("article_id");

-- index idx_quotes_group_id_published
CREATE INDEX "idx_quotes_group_id_published"
    ON "quotes" ("group_id", "published");

-- index idx_quotes_kind
CREATE INDEX "idx_quotes_kind"
    ON "quotes" ("kind");

-- index idx_quotes_method
CREATE INDEX "idx_quotes_method"
    ON "quotes" ("method");

-- index idx_quotes_outlet_id
CREATE INDEX "idx_quotes_outlet_id"
    ON "quotes" ("outlet_id");

-- index idx_quotes_outlet_id_published_month
CREATE INDEX "idx_quotes_outlet_id_published_month"
    ON "quotes" ("outlet_id", "published_month");

-- index idx_quotes_outlet_id_published_speaker_id_published_month_published_year
CREATE INDEX "idx_quotes_outlet_id_published_speaker_id_published_month_published_year"
    ON "quotes" ("outlet_id", "published", "speaker_id", "published_month", "published_year");

-- index idx_quotes_published
CREATE INDEX "idx_quotes_published"
    ON "quotes" ("published");

-- index idx_quotes_published_month
CREATE INDEX "idx_quotes_published_month"
    ON "quotes" ("published_month");

-- index idx_quotes_published_year
CREATE INDEX "idx_quotes_published_year"
    ON "quotes" ("published_year");

-- index idx_quotes_speaker_id
CREATE INDEX "idx_quotes_speaker_id"
    ON "quotes" ("speaker_id");

-- index idx_quotes_speaker_id_group_id
CREATE INDEX "idx_quotes_speaker_id_group_id"
    ON "quotes" ("speaker_id", "group_id");

-- index idx_quotes_speaker_id_published_month
CREATE INDEX "idx_quotes_speaker_id_published_month"
    ON "quotes" ("speaker_id", "published_month");

-- index idx_quotes_speaker_id_published_outlet_id_article_id_published_month
CREATE INDEX "idx_quotes_speaker_id_published_outlet_id_article_id_published_month"
    ON "quotes" ("speaker_id", "published", "outlet_id", "article_id", "published_month");

-- index idx_speakers_key
CREATE UNIQUE INDEX "idx_speakers_key"
    ON "speakers" ("key");

-- index idx_speakers_kind
CREATE INDEX "idx_speakers_kind"
    ON "speakers" ("kind");

-- index idx_speakers_surname
CREATE INDEX "idx_speakers_surname"
    ON "speakers" ("surname");

-- table article_keys
CREATE TABLE article_keys (
  key integer not null, article_id integer not null references articles(id) on delete cascade,
  primary key (key, article_id)) without rowid;

-- table articles
CREATE TABLE "articles" (
   "id" INTEGER PRIMARY KEY,
   "key" TEXT NOT NULL,
   "url" TEXT,
   "title" TEXT,
   "outlet_id" INTEGER REFERENCES "outlets"("id"),
   "published" TEXT,
   "author" TEXT,
   "source" TEXT,
   "content_hash" TEXT NOT NULL,
   "extractor_version" TEXT,
   "quote_count" INTEGER,
   "text" TEXT NOT NULL,
   "ingested_at" TEXT,
   "copy_of" INTEGER REFERENCES "articles"("id")
);

-- table group_keys
CREATE TABLE group_keys (
  key integer not null, quote_id integer not null references quotes(id) on delete cascade,
  primary key (key, quote_id)) without rowid;

-- table outlets
CREATE TABLE "outlets" (
   "id" INTEGER PRIMARY KEY,
   "name" TEXT NOT NULL,
   "articles" INTEGER
);

-- table quote_groups
CREATE TABLE "quote_groups" (
   "id" INTEGER PRIMARY KEY,
   "canonical" TEXT,
   "canonical_quote_id" INTEGER,
   "first_published" TEXT,
   "first_quote_id" INTEGER,
   "first_article_id" INTEGER,
   "first_outlet_id" INTEGER,
   "last_published" TEXT,
   "quotes" INTEGER,
   "articles" INTEGER,
   "outlets" INTEGER,
   "copies" INTEGER,
   "original_articles" INTEGER,
   "speaker_count" INTEGER,
   "speakers" TEXT,
   "unattributed" INTEGER
);

-- table quotes
CREATE TABLE "quotes" (
   "id" INTEGER PRIMARY KEY,
   "quote" TEXT NOT NULL,
   "speaker_id" INTEGER REFERENCES "speakers"("id"),
   "speaker_name" TEXT,
   "mention" TEXT,
   "cue" TEXT,
   "kind" TEXT,
   "method" TEXT,
   "confidence" REAL,
   "article_id" INTEGER NOT NULL REFERENCES "articles"("id"),
   "outlet_id" INTEGER REFERENCES "outlets"("id"),
   "published" TEXT,
   "published_month" TEXT,
   "published_year" TEXT,
   "start" INTEGER NOT NULL,
   "end" INTEGER NOT NULL,
   "speaker_start" INTEGER,
   "speaker_end" INTEGER,
   "context" TEXT,
   "context_start" INTEGER,
   "speaker_role" TEXT,
   "group_id" INTEGER REFERENCES "quote_groups"("id")
);

-- table quotes_fts
CREATE VIRTUAL TABLE "quotes_fts" USING FTS5 (
    "quote",
    tokenize='porter',
    content="quotes"
);

-- table quotes_fts_config
CREATE TABLE 'quotes_fts_config'(k PRIMARY KEY, v) WITHOUT ROWID;

-- table quotes_fts_data
CREATE TABLE 'quotes_fts_data'(id INTEGER PRIMARY KEY, block BLOB);

-- table quotes_fts_docsize
CREATE TABLE 'quotes_fts_docsize'(id INTEGER PRIMARY KEY, sz BLOB);

-- table quotes_fts_idx
CREATE TABLE 'quotes_fts_idx'(segid, term, pgno, PRIMARY KEY(segid, term)) WITHOUT ROWID;

-- table speakers
CREATE TABLE "speakers" (
   "id" INTEGER PRIMARY KEY,
   "key" TEXT NOT NULL,
   "name" TEXT NOT NULL,
   "surname" TEXT,
   "aliases" TEXT,
   "role" TEXT,
   "kind" TEXT
);

-- table sqlite_stat1
CREATE TABLE sqlite_stat1(tbl,idx,stat);

-- trigger quotes_ad
CREATE TRIGGER "quotes_ad" AFTER DELETE ON "quotes" BEGIN
  INSERT INTO "quotes_fts" ("quotes_fts", rowid, "quote") VALUES('delete', old.rowid, old."quote");
END;

-- trigger quotes_ai
CREATE TRIGGER "quotes_ai" AFTER INSERT ON "quotes" BEGIN
  INSERT INTO "quotes_fts" (rowid, "quote") VALUES (new.rowid, new."quote");
END;

-- trigger quotes_au
CREATE TRIGGER "quotes_au" AFTER UPDATE OF "quote" ON "quotes" BEGIN
  INSERT INTO "quotes_fts" ("quotes_fts", rowid, "quote") VALUES('delete', old.rowid, old."quote");
  INSERT INTO "quotes_fts" (rowid, "quote") VALUES (new.rowid, new."quote");
END;

-- view outlet_speakers
CREATE VIEW "outlet_speakers" AS select outlets.name as outlet, speakers.name as speaker, count(*) as quotes
        from quotes join outlets on outlets.id = quotes.outlet_id
        join speakers on speakers.id = quotes.speaker_id
        group by quotes.outlet_id, quotes.speaker_id order by outlet, quotes desc;

-- view quotes_export
CREATE VIEW "quotes_export" AS select quotes.id, quotes.quote, quotes.speaker_id, speakers.name as speaker,
               quotes.speaker_name, quotes.speaker_role, quotes.mention, quotes.cue,
               quotes.outlet_id, outlets.name as outlet,
               quotes.article_id, articles.title as article_title, articles.url as article_url,
               quotes.published, quotes.published_month, quotes.published_year,
               quotes.kind, quotes.method, quotes.confidence, quotes.start, quotes."end"
        from quotes left join speakers on speakers.id = quotes.speaker_id
        left join outlets on outlets.id = quotes.outlet_id
        left join articles on articles.id = quotes.article_id;

-- view speaker_summary
CREATE VIEW "speaker_summary" AS select speakers.id as speaker_id, speakers.name as speaker, speakers.kind as kind, speakers.role as role,
               count(quotes.id) as quotes, count(distinct quotes.outlet_id) as outlets,
               min(quotes.published) as first_quoted, max(quotes.published) as last_quoted
        from speakers join quotes on quotes.speaker_id = speakers.id
        group by speakers.id order by quotes desc;

