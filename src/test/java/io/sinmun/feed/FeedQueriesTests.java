package io.sinmun.feed;

import org.springframework.boot.test.context.SpringBootTest;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE,
        properties = { "sinmun.demo=false", "sinmun.test.context=feed-queries" })
class FeedQueriesTests extends FeedQueriesContract {
}
