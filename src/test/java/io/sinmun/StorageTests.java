package io.sinmun;

import org.springframework.boot.test.context.SpringBootTest;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE, properties = "sinmun.demo=false")
class StorageTests extends StorageContract {
}
