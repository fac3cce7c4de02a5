package vn.kdcl.registry;

import java.util.Optional;

import vn.kdcl.catalogue.SchoolType;

/**
 * One school of the registry (CONTRACT.md: Mã trường, Tên trường, Cấp học, Đơn vị quản lý, Tỉnh/Thành phố; and,
 * when the office keeps them, the school's Điện thoại and Email, to reach a school whose file could not be read).
 *
 * @param code       Mã trường, the key
 * @param name       Tên trường
 * @param schoolType the "Cấp học" label as written ("THCS", "PTDTBT Tiểu học", …)
 * @param unit       Đơn vị quản lý
 * @param province   Tỉnh/Thành phố
 * @param phone      Điện thoại (optional)
 * @param email      Email (optional)
 */
public record RegistryEntry(String code, String name, String schoolType, String unit, String province, String phone,
                            String email) {

    /** A school without contact columns, as CONTRACT.md's list has it. */
    public RegistryEntry(String code, String name, String schoolType, String unit, String province) {
        this(code, name, schoolType, unit, province, null, null);
    }

    /** The school type the "Cấp học" label names, when it names one. */
    public Optional<SchoolType> type() {
        return SchoolLevelLabels.parse(schoolType);
    }
}
