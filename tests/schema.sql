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

-- index idx_outlet_day_counts_outlet_id_n_published
CREATE INDEX "idx_outlet_day_counts_outlet_id_n_published"
    ON "outlet_day_counts" ("outlet_id", "n" desc, "published");

-- index idx_outlet_day_counts_outlet_id_published
CREATE UNIQUE INDEX "idx_outlet_day_counts_outlet_id_published"
    ON "outlet_day_counts" ("outlet_id", "published");

-- index idx_outlet_day_counts_published_n_outlet_id
CREATE INDEX "idx_outlet_day_counts_published_n_outlet_id"
    ON "outlet_day_counts" ("published", "n" desc, "outlet_id");

-- index idx_outlet_month_counts_outlet_id_n_published_month
CREATE INDEX "idx_outlet_month_counts_outlet_id_n_published_month"
    ON "outlet_month_counts" ("outlet_id", "n" desc, "published_month");

-- index idx_outlet_month_counts_outlet_id_published_month
CREATE UNIQUE INDEX "idx_outlet_month_counts_outlet_id_published_month"
    ON "outlet_month_counts" ("outlet_id", "published_month");

-- index idx_outlet_month_counts_published_month_n_outlet_id
CREATE INDEX "idx_outlet_month_counts_published_month_n_outlet_id"
    ON "outlet_month_counts" ("published_month", "n" desc, "outlet_id");

-- index idx_outlet_year_counts_outlet_id_n_published_year
CREATE INDEX "idx_outlet_year_counts_outlet_id_n_published_year"
    ON "outlet_year_counts" ("outlet_id", "n" desc, "published_year");

-- index idx_outlet_year_counts_outlet_id_published_year
CREATE UNIQUE INDEX "idx_outlet_year_counts_outlet_id_published_year"
    ON "outlet_year_counts" ("outlet_id", "published_year");

-- index idx_outlet_year_counts_published_year_n_outlet_id
CREATE INDEX "idx_outlet_year_counts_published_year_n_outlet_id"
    ON "outlet_year_counts" ("published_year", "n" desc, "outlet_id");

-- index idx_outlets_name
CREATE UNIQUE INDEX "idx_outlets_name"
    ON "outlets" ("name");

-- index idx_quote_counts_day_n_published
CREATE INDEX "idx_quote_counts_day_n_published"
    ON "quote_counts_day" ("n" desc, "published");

-- index idx_quote_counts_day_published
CREATE UNIQUE INDEX "idx_quote_counts_day_published"
    ON "quote_counts_day" ("published");

-- index idx_quote_counts_month_n_published_month
CREATE INDEX "idx_quote_counts_month_n_published_month"
    ON "quote_counts_month" ("n" desc, "published_month");

-- index idx_quote_counts_month_published_month
CREATE UNIQUE INDEX "idx_quote_counts_month_published_month"
    ON "quote_counts_month" ("published_month");

-- index idx_quote_counts_outlet_n_outlet_id
CREATE INDEX "idx_quote_counts_outlet_n_outlet_id"
    ON "quote_counts_outlet" ("n" desc, "outlet_id");

-- index idx_quote_counts_outlet_outlet_id
CREATE UNIQUE INDEX "idx_quote_counts_outlet_outlet_id"
    ON "quote_counts_outlet" ("outlet_id");

-- index idx_quote_counts_speaker_n_speaker_id
CREATE INDEX "idx_quote_counts_speaker_n_speaker_id"
    ON "quote_counts_speaker" ("n" desc, "speaker_id");

-- index idx_quote_counts_speaker_speaker_id
CREATE UNIQUE INDEX "idx_quote_counts_speaker_speaker_id"
    ON "quote_counts_speaker" ("speaker_id");

-- index idx_quote_counts_year_n_published_year
CREATE INDEX "idx_quote_counts_year_n_published_year"
    ON "quote_counts_year" ("n" desc, "published_year");

-- index idx_quote_counts_year_published_year
CREATE UNIQUE INDEX "idx_quote_counts_year_published_year"
    ON "quote_counts_year" ("published_year");

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

-- index idx_quotes_outlet_id_published_month_published_speaker_id_published_year
CREATE INDEX "idx_quotes_outlet_id_published_month_published_speaker_id_published_year"
    ON "quotes" ("outlet_id", "published_month", "published", "speaker_id", "published_year");

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

-- index idx_quotes_speaker_id_published_month_published_outlet_id_published_year
CREATE INDEX "idx_quotes_speaker_id_published_month_published_outlet_id_published_year"
    ON "quotes" ("speaker_id", "published_month", "published", "outlet_id", "published_year");

-- index idx_quotes_speaker_id_published_outlet_id_article_id_published_month
CREATE INDEX "idx_quotes_speaker_id_published_outlet_id_article_id_published_month"
    ON "quotes" ("speaker_id", "published", "outlet_id", "article_id", "published_month");

-- index idx_speaker_article_counts_article_id_n_speaker_id
CREATE INDEX "idx_speaker_article_counts_article_id_n_speaker_id"
    ON "speaker_article_counts" ("article_id", "n" desc, "speaker_id");

-- index idx_speaker_article_counts_speaker_id_article_id
CREATE UNIQUE INDEX "idx_speaker_article_counts_speaker_id_article_id"
    ON "speaker_article_counts" ("speaker_id", "article_id");

-- index idx_speaker_month_counts_published_month_n_speaker_id
CREATE INDEX "idx_speaker_month_counts_published_month_n_speaker_id"
    ON "speaker_month_counts" ("published_month", "n" desc, "speaker_id");

-- index idx_speaker_month_counts_speaker_id_n_published_month
CREATE INDEX "idx_speaker_month_counts_speaker_id_n_published_month"
    ON "speaker_month_counts" ("speaker_id", "n" desc, "published_month");

-- index idx_speaker_month_counts_speaker_id_published_month
CREATE UNIQUE INDEX "idx_speaker_month_counts_speaker_id_published_month"
    ON "speaker_month_counts" ("speaker_id", "published_month");

-- index idx_speaker_outlet_counts_outlet_id_n_speaker_id
CREATE INDEX "idx_speaker_outlet_counts_outlet_id_n_speaker_id"
    ON "speaker_outlet_counts" ("outlet_id", "n" desc, "speaker_id");

-- index idx_speaker_outlet_counts_speaker_id_n_outlet_id
CREATE INDEX "idx_speaker_outlet_counts_speaker_id_n_outlet_id"
    ON "speaker_outlet_counts" ("speaker_id", "n" desc, "outlet_id");

-- index idx_speaker_outlet_counts_speaker_id_outlet_id
CREATE UNIQUE INDEX "idx_speaker_outlet_counts_speaker_id_outlet_id"
    ON "speaker_outlet_counts" ("speaker_id", "outlet_id");

-- index idx_speaker_year_counts_published_year_n_speaker_id
CREATE INDEX "idx_speaker_year_counts_published_year_n_speaker_id"
    ON "speaker_year_counts" ("published_year", "n" desc, "speaker_id");

-- index idx_speaker_year_counts_speaker_id_n_published_year
CREATE INDEX "idx_speaker_year_counts_speaker_id_n_published_year"
    ON "speaker_year_counts" ("speaker_id", "n" desc, "published_year");

-- index idx_speaker_year_counts_speaker_id_published_year
CREATE UNIQUE INDEX "idx_speaker_year_counts_speaker_id_published_year"
    ON "speaker_year_counts" ("speaker_id", "published_year");

-- index idx_speakers_key
CREATE UNIQUE INDEX "idx_speakers_key"
    ON "speakers" ("key");

-- index idx_speakers_kind
CREATE INDEX "idx_speakers_kind"
    ON "speakers" ("kind");

-- index idx_speakers_surname
CREATE INDEX "idx_speakers_surname"
    ON "speakers" ("surname");

-- index idx_year_day_counts_published_n_published_year
CREATE INDEX "idx_year_day_counts_published_n_published_year"
    ON "year_day_counts" ("published", "n" desc, "published_year");

-- index idx_year_day_counts_published_year_n_published
CREATE INDEX "idx_year_day_counts_published_year_n_published"
    ON "year_day_counts" ("published_year", "n" desc, "published");

-- index idx_year_day_counts_published_year_published
CREATE UNIQUE INDEX "idx_year_day_counts_published_year_published"
    ON "year_day_counts" ("published_year", "published");

-- index idx_year_month_counts_published_month_n_published_year
CREATE INDEX "idx_year_month_counts_published_month_n_published_year"
    ON "year_month_counts" ("published_month", "n" desc, "published_year");

-- index idx_year_month_counts_published_year_n_published_month
CREATE INDEX "idx_year_month_counts_published_year_n_published_month"
    ON "year_month_counts" ("published_year", "n" desc, "published_month");

-- index idx_year_month_counts_published_year_published_month
CREATE UNIQUE INDEX "idx_year_month_counts_published_year_published_month"
    ON "year_month_counts" ("published_year", "published_month");

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

-- table outlet_day_counts
CREATE TABLE [outlet_day_counts] ([outlet_id] INTEGER, [published] TEXT, n integer not null);

-- table outlet_month_counts
CREATE TABLE [outlet_month_counts] ([outlet_id] INTEGER, [published_month] TEXT, n integer not null);

-- table outlet_year_counts
CREATE TABLE [outlet_year_counts] ([outlet_id] INTEGER, [published_year] TEXT, n integer not null);

-- table outlets
CREATE TABLE "outlets" (
   "id" INTEGER PRIMARY KEY,
   "name" TEXT NOT NULL,
   "articles" INTEGER
);

-- table quote_counts_day
CREATE TABLE [quote_counts_day] ([published] TEXT, n integer not null);

-- table quote_counts_month
CREATE TABLE [quote_counts_month] ([published_month] TEXT, n integer not null);

-- table quote_counts_outlet
CREATE TABLE [quote_counts_outlet] ([outlet_id] INTEGER, n integer not null);

-- table quote_counts_speaker
CREATE TABLE [quote_counts_speaker] ([speaker_id] INTEGER, n integer not null);

-- table quote_counts_year
CREATE TABLE [quote_counts_year] ([published_year] TEXT, n integer not null);

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

-- table speaker_article_counts
CREATE TABLE [speaker_article_counts] ([speaker_id] INTEGER, [article_id] INTEGER, n integer not null);

-- table speaker_counts
CREATE TABLE [speaker_counts] (speaker_id integer primary key, groups integer not null, articles integer not null, copies integer not null);

-- table speaker_month_counts
CREATE TABLE [speaker_month_counts] ([speaker_id] INTEGER, [published_month] TEXT, n integer not null);

-- table speaker_outlet_counts
CREATE TABLE [speaker_outlet_counts] ([speaker_id] INTEGER, [outlet_id] INTEGER, n integer not null);

-- table speaker_year_counts
CREATE TABLE [speaker_year_counts] ([speaker_id] INTEGER, [published_year] TEXT, n integer not null);

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

-- table year_day_counts
CREATE TABLE [year_day_counts] ([published_year] TEXT, [published] TEXT, n integer not null);

-- table year_month_counts
CREATE TABLE [year_month_counts] ([published_year] TEXT, [published_month] TEXT, n integer not null);

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

-- trigger quotes_summaries_ad
CREATE TRIGGER [quotes_summaries_ad] after delete on quotes begin
  update [quote_counts_speaker] set n = n - 1 where [speaker_id] is old.[speaker_id];
  delete from [quote_counts_speaker] where [speaker_id] is old.[speaker_id] and n = 0;
  update [quote_counts_outlet] set n = n - 1 where [outlet_id] is old.[outlet_id];
  delete from [quote_counts_outlet] where [outlet_id] is old.[outlet_id] and n = 0;
  update [quote_counts_year] set n = n - 1 where [published_year] is old.[published_year];
  delete from [quote_counts_year] where [published_year] is old.[published_year] and n = 0;
  update [quote_counts_month] set n = n - 1 where [published_month] is old.[published_month];
  delete from [quote_counts_month] where [published_month] is old.[published_month] and n = 0;
  update [quote_counts_day] set n = n - 1 where [published] is old.[published];
  delete from [quote_counts_day] where [published] is old.[published] and n = 0;
  update [speaker_outlet_counts] set n = n - 1 where [speaker_id] is old.[speaker_id] and [outlet_id] is old.[outlet_id];
  delete from [speaker_outlet_counts] where [speaker_id] is old.[speaker_id] and [outlet_id] is old.[outlet_id] and n = 0;
  update [speaker_year_counts] set n = n - 1 where [speaker_id] is old.[speaker_id] and [published_year] is old.[published_year];
  delete from [speaker_year_counts] where [speaker_id] is old.[speaker_id] and [published_year] is old.[published_year] and n = 0;
  update [speaker_month_counts] set n = n - 1 where [speaker_id] is old.[speaker_id] and [published_month] is old.[published_month];
  delete from [speaker_month_counts] where [speaker_id] is old.[speaker_id] and [published_month] is old.[published_month] and n = 0;
  update [speaker_article_counts] set n = n - 1 where [speaker_id] is old.[speaker_id] and [article_id] is old.[article_id];
  delete from [speaker_article_counts] where [speaker_id] is old.[speaker_id] and [article_id] is old.[article_id] and n = 0;
  update [outlet_year_counts] set n = n - 1 where [outlet_id] is old.[outlet_id] and [published_year] is old.[published_year];
  delete from [outlet_year_counts] where [outlet_id] is old.[outlet_id] and [published_year] is old.[published_year] and n = 0;
  update [outlet_month_counts] set n = n - 1 where [outlet_id] is old.[outlet_id] and [published_month] is old.[published_month];
  delete from [outlet_month_counts] where [outlet_id] is old.[outlet_id] and [published_month] is old.[published_month] and n = 0;
  update [outlet_day_counts] set n = n - 1 where [outlet_id] is old.[outlet_id] and [published] is old.[published];
  delete from [outlet_day_counts] where [outlet_id] is old.[outlet_id] and [published] is old.[published] and n = 0;
  update [year_month_counts] set n = n - 1 where [published_year] is old.[published_year] and [published_month] is old.[published_month];
  delete from [year_month_counts] where [published_year] is old.[published_year] and [published_month] is old.[published_month] and n = 0;
  update [year_day_counts] set n = n - 1 where [published_year] is old.[published_year] and [published] is old.[published];
  delete from [year_day_counts] where [published_year] is old.[published_year] and [published] is old.[published] and n = 0;
end;

-- trigger quotes_summaries_ai
CREATE TRIGGER [quotes_summaries_ai] after insert on quotes begin
  insert into [quote_counts_speaker] ([speaker_id], n) select new.[speaker_id], 0 where not exists (select 1 from [quote_counts_speaker] where [speaker_id] is new.[speaker_id]);
  update [quote_counts_speaker] set n = n + 1 where [speaker_id] is new.[speaker_id];
  insert into [quote_counts_outlet] ([outlet_id], n) select new.[outlet_id], 0 where not exists (select 1 from [quote_counts_outlet] where [outlet_id] is new.[outlet_id]);
  update [quote_counts_outlet] set n = n + 1 where [outlet_id] is new.[outlet_id];
  insert into [quote_counts_year] ([published_year], n) select new.[published_year], 0 where not exists (select 1 from [quote_counts_year] where [published_year] is new.[published_year]);
  update [quote_counts_year] set n = n + 1 where [published_year] is new.[published_year];
  insert into [quote_counts_month] ([published_month], n) select new.[published_month], 0 where not exists (select 1 from [quote_counts_month] where [published_month] is new.[published_month]);
  update [quote_counts_month] set n = n + 1 where [published_month] is new.[published_month];
  insert into [quote_counts_day] ([published], n) select new.[published], 0 where not exists (select 1 from [quote_counts_day] where [published] is new.[published]);
  update [quote_counts_day] set n = n + 1 where [published] is new.[published];
  insert into [speaker_outlet_counts] ([speaker_id], [outlet_id], n) select new.[speaker_id], new.[outlet_id], 0 where not exists (select 1 from [speaker_outlet_counts] where [speaker_id] is new.[speaker_id] and [outlet_id] is new.[outlet_id]);
  update [speaker_outlet_counts] set n = n + 1 where [speaker_id] is new.[speaker_id] and [outlet_id] is new.[outlet_id];
  insert into [speaker_year_counts] ([speaker_id], [published_year], n) select new.[speaker_id], new.[published_year], 0 where not exists (select 1 from [speaker_year_counts] where [speaker_id] is new.[speaker_id] and [published_year] is new.[published_year]);
  update [speaker_year_counts] set n = n + 1 where [speaker_id] is new.[speaker_id] and [published_year] is new.[published_year];
  insert into [speaker_month_counts] ([speaker_id], [published_month], n) select new.[speaker_id], new.[published_month], 0 where not exists (select 1 from [speaker_month_counts] where [speaker_id] is new.[speaker_id] and [published_month] is new.[published_month]);
  update [speaker_month_counts] set n = n + 1 where [speaker_id] is new.[speaker_id] and [published_month] is new.[published_month];
  insert into [speaker_article_counts] ([speaker_id], [article_id], n) select new.[speaker_id], new.[article_id], 0 where not exists (select 1 from [speaker_article_counts] where [speaker_id] is new.[speaker_id] and [article_id] is new.[article_id]);
  update [speaker_article_counts] set n = n + 1 where [speaker_id] is new.[speaker_id] and [article_id] is new.[article_id];
  insert into [outlet_year_counts] ([outlet_id], [published_year], n) select new.[outlet_id], new.[published_year], 0 where not exists (select 1 from [outlet_year_counts] where [outlet_id] is new.[outlet_id] and [published_year] is new.[published_year]);
  update [outlet_year_counts] set n = n + 1 where [outlet_id] is new.[outlet_id] and [published_year] is new.[published_year];
  insert into [outlet_month_counts] ([outlet_id], [published_month], n) select new.[outlet_id], new.[published_month], 0 where not exists (select 1 from [outlet_month_counts] where [outlet_id] is new.[outlet_id] and [published_month] is new.[published_month]);
  update [outlet_month_counts] set n = n + 1 where [outlet_id] is new.[outlet_id] and [published_month] is new.[published_month];
  insert into [outlet_day_counts] ([outlet_id], [published], n) select new.[outlet_id], new.[published], 0 where not exists (select 1 from [outlet_day_counts] where [outlet_id] is new.[outlet_id] and [published] is new.[published]);
  update [outlet_day_counts] set n = n + 1 where [outlet_id] is new.[outlet_id] and [published] is new.[published];
  insert into [year_month_counts] ([published_year], [published_month], n) select new.[published_year], new.[published_month], 0 where not exists (select 1 from [year_month_counts] where [published_year] is new.[published_year] and [published_month] is new.[published_month]);
  update [year_month_counts] set n = n + 1 where [published_year] is new.[published_year] and [published_month] is new.[published_month];
  insert into [year_day_counts] ([published_year], [published], n) select new.[published_year], new.[published], 0 where not exists (select 1 from [year_day_counts] where [published_year] is new.[published_year] and [published] is new.[published]);
  update [year_day_counts] set n = n + 1 where [published_year] is new.[published_year] and [published] is new.[published];
end;

-- trigger quotes_summaries_au
CREATE TRIGGER [quotes_summaries_au] after update of [article_id], [outlet_id], [published], [published_month], [published_year], [speaker_id] on quotes when old.[article_id] is not new.[article_id] or old.[outlet_id] is not new.[outlet_id] or old.[published] is not new.[published] or old.[published_month] is not new.[published_month] or old.[published_year] is not new.[published_year] or old.[speaker_id] is not new.[speaker_id] begin
  update [quote_counts_speaker] set n = n - 1 where [speaker_id] is old.[speaker_id];
  delete from [quote_counts_speaker] where [speaker_id] is old.[speaker_id] and n = 0;
  update [quote_counts_outlet] set n = n - 1 where [outlet_id] is old.[outlet_id];
  delete from [quote_counts_outlet] where [outlet_id] is old.[outlet_id] and n = 0;
  update [quote_counts_year] set n = n - 1 where [published_year] is old.[published_year];
  delete from [quote_counts_year] where [published_year] is old.[published_year] and n = 0;
  update [quote_counts_month] set n = n - 1 where [published_month] is old.[published_month];
  delete from [quote_counts_month] where [published_month] is old.[published_month] and n = 0;
  update [quote_counts_day] set n = n - 1 where [published] is old.[published];
  delete from [quote_counts_day] where [published] is old.[published] and n = 0;
  update [speaker_outlet_counts] set n = n - 1 where [speaker_id] is old.[speaker_id] and [outlet_id] is old.[outlet_id];
  delete from [speaker_outlet_counts] where [speaker_id] is old.[speaker_id] and [outlet_id] is old.[outlet_id] and n = 0;
  update [speaker_year_counts] set n = n - 1 where [speaker_id] is old.[speaker_id] and [published_year] is old.[published_year];
  delete from [speaker_year_counts] where [speaker_id] is old.[speaker_id] and [published_year] is old.[published_year] and n = 0;
  update [speaker_month_counts] set n = n - 1 where [speaker_id] is old.[speaker_id] and [published_month] is old.[published_month];
  delete from [speaker_month_counts] where [speaker_id] is old.[speaker_id] and [published_month] is old.[published_month] and n = 0;
  update [speaker_article_counts] set n = n - 1 where [speaker_id] is old.[speaker_id] and [article_id] is old.[article_id];
  delete from [speaker_article_counts] where [speaker_id] is old.[speaker_id] and [article_id] is old.[article_id] and n = 0;
  update [outlet_year_counts] set n = n - 1 where [outlet_id] is old.[outlet_id] and [published_year] is old.[published_year];
  delete from [outlet_year_counts] where [outlet_id] is old.[outlet_id] and [published_year] is old.[published_year] and n = 0;
  update [outlet_month_counts] set n = n - 1 where [outlet_id] is old.[outlet_id] and [published_month] is old.[published_month];
  delete from [outlet_month_counts] where [outlet_id] is old.[outlet_id] and [published_month] is old.[published_month] and n = 0;
  update [outlet_day_counts] set n = n - 1 where [outlet_id] is old.[outlet_id] and [published] is old.[published];
  delete from [outlet_day_counts] where [outlet_id] is old.[outlet_id] and [published] is old.[published] and n = 0;
  update [year_month_counts] set n = n - 1 where [published_year] is old.[published_year] and [published_month] is old.[published_month];
  delete from [year_month_counts] where [published_year] is old.[published_year] and [published_month] is old.[published_month] and n = 0;
  update [year_day_counts] set n = n - 1 where [published_year] is old.[published_year] and [published] is old.[published];
  delete from [year_day_counts] where [published_year] is old.[published_year] and [published] is old.[published] and n = 0;
  insert into [quote_counts_speaker] ([speaker_id], n) select new.[speaker_id], 0 where not exists (select 1 from [quote_counts_speaker] where [speaker_id] is new.[speaker_id]);
  update [quote_counts_speaker] set n = n + 1 where [speaker_id] is new.[speaker_id];
  insert into [quote_counts_outlet] ([outlet_id], n) select new.[outlet_id], 0 where not exists (select 1 from [quote_counts_outlet] where [outlet_id] is new.[outlet_id]);
  update [quote_counts_outlet] set n = n + 1 where [outlet_id] is new.[outlet_id];
  insert into [quote_counts_year] ([published_year], n) select new.[published_year], 0 where not exists (select 1 from [quote_counts_year] where [published_year] is new.[published_year]);
  update [quote_counts_year] set n = n + 1 where [published_year] is new.[published_year];
  insert into [quote_counts_month] ([published_month], n) select new.[published_month], 0 where not exists (select 1 from [quote_counts_month] where [published_month] is new.[published_month]);
  update [quote_counts_month] set n = n + 1 where [published_month] is new.[published_month];
  insert into [quote_counts_day] ([published], n) select new.[published], 0 where not exists (select 1 from [quote_counts_day] where [published] is new.[published]);
  update [quote_counts_day] set n = n + 1 where [published] is new.[published];
  insert into [speaker_outlet_counts] ([speaker_id], [outlet_id], n) select new.[speaker_id], new.[outlet_id], 0 where not exists (select 1 from [speaker_outlet_counts] where [speaker_id] is new.[speaker_id] and [outlet_id] is new.[outlet_id]);
  update [speaker_outlet_counts] set n = n + 1 where [speaker_id] is new.[speaker_id] and [outlet_id] is new.[outlet_id];
  insert into [speaker_year_counts] ([speaker_id], [published_year], n) select new.[speaker_id], new.[published_year], 0 where not exists (select 1 from [speaker_year_counts] where [speaker_id] is new.[speaker_id] and [published_year] is new.[published_year]);
  update [speaker_year_counts] set n = n + 1 where [speaker_id] is new.[speaker_id] and [published_year] is new.[published_year];
  insert into [speaker_month_counts] ([speaker_id], [published_month], n) select new.[speaker_id], new.[published_month], 0 where not exists (select 1 from [speaker_month_counts] where [speaker_id] is new.[speaker_id] and [published_month] is new.[published_month]);
  update [speaker_month_counts] set n = n + 1 where [speaker_id] is new.[speaker_id] and [published_month] is new.[published_month];
  insert into [speaker_article_counts] ([speaker_id], [article_id], n) select new.[speaker_id], new.[article_id], 0 where not exists (select 1 from [speaker_article_counts] where [speaker_id] is new.[speaker_id] and [article_id] is new.[article_id]);
  update [speaker_article_counts] set n = n + 1 where [speaker_id] is new.[speaker_id] and [article_id] is new.[article_id];
  insert into [outlet_year_counts] ([outlet_id], [published_year], n) select new.[outlet_id], new.[published_year], 0 where not exists (select 1 from [outlet_year_counts] where [outlet_id] is new.[outlet_id] and [published_year] is new.[published_year]);
  update [outlet_year_counts] set n = n + 1 where [outlet_id] is new.[outlet_id] and [published_year] is new.[published_year];
  insert into [outlet_month_counts] ([outlet_id], [published_month], n) select new.[outlet_id], new.[published_month], 0 where not exists (select 1 from [outlet_month_counts] where [outlet_id] is new.[outlet_id] and [published_month] is new.[published_month]);
  update [outlet_month_counts] set n = n + 1 where [outlet_id] is new.[outlet_id] and [published_month] is new.[published_month];
  insert into [outlet_day_counts] ([outlet_id], [published], n) select new.[outlet_id], new.[published], 0 where not exists (select 1 from [outlet_day_counts] where [outlet_id] is new.[outlet_id] and [published] is new.[published]);
  update [outlet_day_counts] set n = n + 1 where [outlet_id] is new.[outlet_id] and [published] is new.[published];
  insert into [year_month_counts] ([published_year], [published_month], n) select new.[published_year], new.[published_month], 0 where not exists (select 1 from [year_month_counts] where [published_year] is new.[published_year] and [published_month] is new.[published_month]);
  update [year_month_counts] set n = n + 1 where [published_year] is new.[published_year] and [published_month] is new.[published_month];
  insert into [year_day_counts] ([published_year], [published], n) select new.[published_year], new.[published], 0 where not exists (select 1 from [year_day_counts] where [published_year] is new.[published_year] and [published] is new.[published]);
  update [year_day_counts] set n = n + 1 where [published_year] is new.[published_year] and [published] is new.[published];
end;

-- trigger speaker_counts_ad
CREATE TRIGGER [speaker_counts_ad] after delete on quotes begin
  update [speaker_counts] set groups = groups - (old.group_id is not null and not exists (select 1 from quotes where speaker_id = old.speaker_id and group_id = old.group_id and id <> old.id)), articles = articles - (not exists (select 1 from quotes where article_id = old.article_id and +speaker_id = old.speaker_id and id <> old.id)), copies = copies - exists (select 1 from articles where id = old.article_id and copy_of is not null) where speaker_id = old.speaker_id;
  delete from [speaker_counts] where speaker_id = old.speaker_id and not exists (select 1 from quotes where speaker_id = old.speaker_id);
end;

-- trigger speaker_counts_ai
CREATE TRIGGER [speaker_counts_ai] after insert on quotes begin
  insert into [speaker_counts] (speaker_id, groups, articles, copies) select new.speaker_id, 0, 0, 0 where new.speaker_id is not null and not exists (select 1 from [speaker_counts] where speaker_id = new.speaker_id);
  update [speaker_counts] set groups = groups + (new.group_id is not null and not exists (select 1 from quotes where speaker_id = new.speaker_id and group_id = new.group_id and id <> new.id)), articles = articles + (not exists (select 1 from quotes where article_id = new.article_id and +speaker_id = new.speaker_id and id <> new.id)), copies = copies + exists (select 1 from articles where id = new.article_id and copy_of is not null) where speaker_id = new.speaker_id;
end;

-- trigger speaker_counts_au
CREATE TRIGGER [speaker_counts_au] after update of speaker_id, group_id, article_id on quotes when old.speaker_id is not new.speaker_id or old.group_id is not new.group_id or old.article_id is not new.article_id begin
  update [speaker_counts] set groups = groups - (old.group_id is not null and not exists (select 1 from quotes where speaker_id = old.speaker_id and group_id = old.group_id and id <> old.id)), articles = articles - (case when (old.article_id is not new.article_id or old.speaker_id is not new.speaker_id) then (not exists (select 1 from quotes where article_id = old.article_id and +speaker_id = old.speaker_id and id <> old.id)) else 0 end), copies = copies - (case when (old.article_id is not new.article_id or old.speaker_id is not new.speaker_id) then exists (select 1 from articles where id = old.article_id and copy_of is not null) else 0 end) where speaker_id = old.speaker_id;
  delete from [speaker_counts] where speaker_id = old.speaker_id and not exists (select 1 from quotes where speaker_id = old.speaker_id);
  insert into [speaker_counts] (speaker_id, groups, articles, copies) select new.speaker_id, 0, 0, 0 where new.speaker_id is not null and not exists (select 1 from [speaker_counts] where speaker_id = new.speaker_id);
  update [speaker_counts] set groups = groups + (new.group_id is not null and not exists (select 1 from quotes where speaker_id = new.speaker_id and group_id = new.group_id and id <> new.id)), articles = articles + (case when (old.article_id is not new.article_id or old.speaker_id is not new.speaker_id) then (not exists (select 1 from quotes where article_id = new.article_id and +speaker_id = new.speaker_id and id <> new.id)) else 0 end), copies = copies + (case when (old.article_id is not new.article_id or old.speaker_id is not new.speaker_id) then exists (select 1 from articles where id = new.article_id and copy_of is not null) else 0 end) where speaker_id = new.speaker_id;
end;

-- trigger speaker_counts_copy_au
CREATE TRIGGER [speaker_counts_copy_au] after update of copy_of on articles when ((old.copy_of is null) <> (new.copy_of is null)) begin
  update [speaker_counts] set copies = copies + (case when new.copy_of is null then -1 else 1 end) * (select count(*) from quotes where article_id = new.id and speaker_id = [speaker_counts].speaker_id) where speaker_id in (select speaker_id from quotes where article_id = new.id);
end;

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

