-- Full-text search over the narratives of sections 一, 五 and 六. The trigram tokenizer finds Chinese
-- words (any run of 3+ characters) without a segmenter; shorter queries fall back to LIKE in the API.
CREATE VIRTUAL TABLE `narratives_fts` USING fts5(`text`, content='narratives', content_rowid='id', tokenize='trigram');
--> statement-breakpoint
CREATE TRIGGER `narratives_fts_insert` AFTER INSERT ON `narratives` BEGIN
  INSERT INTO `narratives_fts`(rowid, `text`) VALUES (new.`id`, new.`text`);
END;
--> statement-breakpoint
CREATE TRIGGER `narratives_fts_delete` AFTER DELETE ON `narratives` BEGIN
  INSERT INTO `narratives_fts`(`narratives_fts`, rowid, `text`) VALUES ('delete', old.`id`, old.`text`);
END;
--> statement-breakpoint
CREATE TRIGGER `narratives_fts_update` AFTER UPDATE ON `narratives` BEGIN
  INSERT INTO `narratives_fts`(`narratives_fts`, rowid, `text`) VALUES ('delete', old.`id`, old.`text`);
  INSERT INTO `narratives_fts`(rowid, `text`) VALUES (new.`id`, new.`text`);
END;
