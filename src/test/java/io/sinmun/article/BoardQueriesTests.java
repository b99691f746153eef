package io.sinmun.article;

import org.springframework.boot.test.context.SpringBootTest;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE,
        properties = { "sinmun.demo=false", "sinmun.test.context=board-queries" })
class BoardQueriesTests extends BoardQueriesContract {
}
