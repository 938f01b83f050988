DROP TABLE round_document;
