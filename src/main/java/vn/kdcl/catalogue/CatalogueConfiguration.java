package vn.kdcl.catalogue;

import java.nio.file.Path;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import vn.kdcl.home.KdclHome;

@Configuration(proxyBeanMethods = false)
class CatalogueConfiguration {

    /** The shipped catalogues, with the office's corrections from {@code <home>/catalogue/} when there are any. */
    @Bean
    CatalogueRepository catalogueRepository(ObjectProvider<KdclHome> home) {
        KdclHome h = home.getIfAvailable();
        return CatalogueRepository.load(h == null ? null : overrides(h));
    }

    /** The folder whose {@code *.yaml} files replace or add to the shipped catalogues. */
    static Path overrides(KdclHome home) {
        return home.root().resolve("catalogue");
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
