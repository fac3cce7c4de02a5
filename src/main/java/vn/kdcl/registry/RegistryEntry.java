package vn.kdcl.registry;

import java.util.Optional;

import vn.kdcl.catalogue.SchoolType;

/**
 * One school of the registry (CONTRACT.md: Mã trường, Tên trường, Cấp học, Đơn vị quản lý, Tỉnh/Thành phố).
 *
 * @param code       Mã trường, the key
 * @param name       Tên trường
 * @param schoolType the "Cấp học" label as written ("THCS", "PTDTBT Tiểu học", …)
 * @param unit       Đơn vị quản lý
 * @param province   Tỉnh/Thành phố
 */
public record RegistryEntry(String code, String name, String schoolType, String unit, String province) {

    /** The school type the "Cấp học" label names, when it names one. */
    public Optional<SchoolType> type() {
        return SchoolLevelLabels.parse(schoolType);
    }
}
