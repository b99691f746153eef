package io.sinmun.article;

import io.sinmun.testing.RequiresPostgres;

import org.springframework.boot.test.context.SpringBootTest;

@RequiresPostgres
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE,
        properties = { "sinmun.demo=false", "sinmun.test.context=board-queries-pg" })
class PostgresBoardQueriesTests extends BoardQueriesContract {
}
