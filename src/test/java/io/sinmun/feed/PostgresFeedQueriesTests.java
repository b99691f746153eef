package io.sinmun.feed;

import io.sinmun.testing.RequiresPostgres;

import org.springframework.boot.test.context.SpringBootTest;

@RequiresPostgres
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE,
        properties = { "sinmun.demo=false", "sinmun.test.context=feed-queries" })
class PostgresFeedQueriesTests extends FeedQueriesContract {
}
