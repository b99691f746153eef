package io.sinmun;

import io.sinmun.testing.RequiresPostgres;

import org.springframework.boot.test.context.SpringBootTest;

@RequiresPostgres
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE, properties = "sinmun.demo=false")
class PostgresStorageTests extends StorageContract {
}
