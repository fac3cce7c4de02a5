package vn.kdcl.home;

import java.nio.file.Path;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class HomeConfiguration {

    @Bean
    KdclHome kdclHome(@Value("${kdcl.home}") Path root) {
        return new KdclHome(root).create();
    }
}
