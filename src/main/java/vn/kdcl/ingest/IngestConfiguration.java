package vn.kdcl.ingest;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import vn.kdcl.catalogue.CatalogueDetector;
import vn.kdcl.catalogue.SchoolLevelRules;
import vn.kdcl.check.Checker;
import vn.kdcl.ingest.read.WorkbookReader;
import vn.kdcl.registry.RegistryProvider;

@Configuration(proxyBeanMethods = false)
class IngestConfiguration {

    @Bean
    FileInterpreter fileInterpreter(CatalogueDetector detector, SchoolLevelRules rules, RegistryProvider registry) {
        return new SubmissionInterpreter(new WorkbookReader(), new SubmissionBuilder(detector, rules, Checker.standard()),
                registry);
    }
}
