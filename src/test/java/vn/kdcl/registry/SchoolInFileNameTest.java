package vn.kdcl.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Which school a rejected file's name speaks of, when no code could be read from the file itself. */
class SchoolInFileNameTest {

    private static final Map<String, String> SCHOOLS = new LinkedHashMap<>();

    static {
        SCHOOLS.put("11010055", "Trường Mầm non Hoa Ban Sam Mứn");
        SCHOOLS.put("11010056", "Trường Mầm non Hoa Ban");
        SCHOOLS.put("11010059", "Trường Tiểu học số 1 Thanh Hưng");
        SCHOOLS.put("11010060", "Trường Tiểu học số 1 Thanh Nưa");
        SCHOOLS.put("11020023", "Trường THCS Tân Thanh");
        SCHOOLS.put("11030044", "Trường Mầm non Nặm Lịch");
        SCHOOLS.put("DB-TH-001", "Trường PTDTBT Tiểu học xã Hẹ Muông");
        // two communes, one name: a file naming it cannot say which
        SCHOOLS.put("11040001", "Trường Mầm non Hoa Mai");
        SCHOOLS.put("11050001", "Trường Mầm non Hoa Mai");
        SCHOOLS.put("11060001", "Trường Trung học cơ sở Pá Khoang");
        // the same school under its code as the registry writes it and as a school typed it
        SCHOOLS.put("DB-MN-007", "Trường Mầm non Nà Tấu");
        SCHOOLS.put("db-mn-007", "Trường Mầm non Nà Tấu");
    }

    private static final SchoolInFileName NAMES = new SchoolInFileName(SCHOOLS);

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
            "inbox/PGD/Truong-Mam-non-Hoa-Ban-Sam-Mun_2024-2025.xlsx | 11010055",
            // the longest name that fits wins over a shorter school's name inside it
            "Kế hoạch cải tiến 2024-2025 - Mầm non Hoa Ban.xlsx        | 11010056",
            "KH 2024-2025 - MN Hoa Ban Sam Mứn.xls                      | 11010055",
            "KẾ HOẠCH CẢI TIẾN - TRƯỜNG MẦM NON NẶM LỊCH.xlsx           | 11030044",
            "TH so 1 Thanh Hung.xlsx                                    | 11010059",
            "truong PTDTBT TH xa He Muong (1).xlsx                      | DB-TH-001",
            "KHCL THCS Pa Khoang.xlsx                                   | 11060001",
            "KHCTCL_11020023.xlsx                                       | 11020023",
            // the code wins over a name, and must be a word of its own
            "11020023 Mầm non Nặm Lịch.xlsx                             | 11020023",
            "KHCTCL_110200230.xlsx                                      | -",
            "11010059 và 11010060.xlsx                                  | -",
            "Tiểu học số 1.xlsx                                         | -",
            "MN Hoa Mai.xlsx                                            | -",
            "Ke hoach cai tien chat luong.xlsx                          | -",
            "Hoa Ban Sam.xlsx                                           | -",
            "KH DB-MN-007.xlsx                                          | DB-MN-007",
            "KH MN Na Tau.xlsx                                          | DB-MN-007",
    })
    void findsTheSchoolByCodeOrName(String file, String code) {
        assertThat(NAMES.school(file)).isEqualTo(java.util.Optional.ofNullable(code));
        // names from a Mac's file system come decomposed (NFD)
        assertThat(NAMES.school(Normalizer.normalize(file, Normalizer.Form.NFD))).isEqualTo(java.util.Optional.ofNullable(code));
    }

    @ParameterizedTest(name = "{0} in {1}: {2}")
    @CsvSource(delimiter = '|', value = {
            "KH 2023-2024 Hoa Ban.xlsx          | 2024-2025 | true",
            "KH_2023_2024_Hoa_Ban.xlsx          | 2024-2025 | true",
            "KH 2024-2025 Hoa Ban.xlsx          | 2024-2025 | false",
            "KH 2024 – 2025 Hoa Ban.xlsx        | 2024-2025 | false",
            "KH 2024-2025 (bản 2023-2024).xlsx  | 2024-2025 | false",
            "Hoa Ban.xlsx                       | 2024-2025 | false",
            "2023-2024/Hoa Ban.xlsx             | 2024-2025 | false",
            "KH 2019-2025 Hoa Ban.xlsx          | 2024-2025 | false",
    })
    void tellsAFileOfAnotherYear(String file, String year, boolean other) {
        assertThat(SchoolInFileName.namesAnotherYear(file, year)).isEqualTo(other);
    }
}
