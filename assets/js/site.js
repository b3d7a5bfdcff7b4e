// Broadsheet needs no script to work; progressive enhancements go here, loaded with defer.
