package vn.kdcl.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.DeserializationFeature;
import tools.jackson.dataformat.yaml.YAMLMapper;

/** The word lists of {@code demo/data.yaml}: places, names, plan phrases. */
record DemoData(String province, String provinceCode, List<Unit> units, Unit provincialUnit,
                Map<String, List<String>> schoolNames, List<String> surnames, List<String> middleNames,
                List<String> givenNames, List<String> leads, List<String> partners, List<String> supports,
                List<String> strengths, List<String> weaknesses, List<String> evidence,
                Map<String, List<String>> tasks, List<String> level4Tasks) {

    record Unit(String name, String district, boolean folder, List<String> communes) {
    }

    static DemoData load() {
        try (InputStream in = DemoData.class.getResourceAsStream("/demo/data.yaml")) {
            if (in == null) {
                throw new IllegalStateException("Missing resource demo/data.yaml");
            }
            return YAMLMapper.builder().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build()
                    .readValue(in, DemoData.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
