package vn.kdcl.catalogue;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class CatalogueConfiguration {

    @Bean
    CatalogueRepository catalogueRepository() {
        return CatalogueRepository.fromClasspath();
    }

    @Bean
    SchoolLevelRules schoolLevelRules() {
        return new SchoolLevelRules();
    }

    @Bean
    CatalogueDetector catalogueDetector(CatalogueRepository repository) {
        return new CatalogueDetector(repository);
    }
}
