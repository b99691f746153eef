/**
 * Korean full-text search over published articles: an embedded Lucene index with the Nori
 * analyzer (mixed decompounding, a user dictionary of local proper nouns that the newsroom
 * extends) and a bigram field for compounds no dictionary knows. Behind {@link
 * io.sinmun.search.ArticleSearch}, so a cluster can use OpenSearch instead (docs/search.md).
 * Owns {@code search_dictionary_word}, the index under the data directory, {@code /search},
 * {@code /api/v1/search} and {@code /admin/search}. Hears {@link io.sinmun.article.ArticlePublished},
 * {@link io.sinmun.article.ArticleUpdated} and {@link io.sinmun.article.ArticleWithdrawn}.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "system", "article", "section",
        "site", "newsroom", "cluster" })
package io.sinmun.search;
