package io.sinmun.media;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;

@SpringBootTest(properties = "sinmun.demo=false")
@AutoConfigureMockMvc
class MediaImagesTests extends MediaImagesContract {
}
