package io.sinmun.media;

import io.sinmun.testing.RequiresPostgres;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;

@RequiresPostgres
@SpringBootTest(properties = "sinmun.demo=false")
@AutoConfigureMockMvc
class PostgresMediaImagesTests extends MediaImagesContract {
}
