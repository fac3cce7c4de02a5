package vn.kdcl.template;

/**
 * The "Hướng dẫn" sheet of the Thông tư 57/2026 workbook: "! " starts the title, "# " a heading. Placeholders
 * in braces are filled from the catalogue.
 */
final class Tt57Guide {

    private Tt57Guide() {
    }

    static final String TEXT = """
            ! HƯỚNG DẪN ĐIỀN KẾ HOẠCH CẢI TIẾN CHẤT LƯỢNG GIÁO DỤC (THÔNG TƯ 57/2026/TT-BGDĐT)
            Áp dụng: {title}{appendix}. Dùng cho: {schoolTypes}.
            Mỗi tệp là hồ sơ của MỘT trường (trung tâm) cho MỘT năm học. Không đổi tên các trang tính (sheet) và tên cột; có thể thêm dòng, không xóa cột.
            # 1. Trang "Thông tin trường"
            Điền cột B (ô nền vàng) theo nhãn ở cột A. Bắt buộc: Mã trường, Tên trường, Năm học (dạng 2026-2027).
            Cấp học: chọn trong danh sách (trung tâm GDTX, trung tâm GDNN-GDTX chọn "Trung tâm GDTX" hoặc "Trung tâm GDNN-GDTX"). Thông tư áp dụng đã điền sẵn (TT57/2026); không sửa.
            Mức tự đánh giá: chọn "Không đạt Mức 1", "Mức 1" hoặc "Mức 2". Mức phấn đấu: Mức 1 hoặc Mức 2 (không bắt buộc).
            Số tiêu chí đạt Mức 1, Số tiêu chí đạt Mức 2: ghi số tiêu chí đạt trên tổng số {criteria}, ví dụ 15/15 hoặc 11/15.
            Tổng kinh phí dự kiến: số tiền bằng đồng, ví dụ 25.000.000 (không bắt buộc).
            Khối "Kết quả tính tự động" bên dưới tự đếm từ trang "Kết quả tự đánh giá" số tiêu chí bắt buộc và số tiêu chí còn lại đạt từng mức, và mức của trường theo khoản 3 Điều 5; không cần nhập, dùng để đối chiếu trước khi gửi.
            # 2. Trang "Kết quả tự đánh giá"
            Danh sách {criteria} tiêu chí đã ghi sẵn; mỗi tiêu chí có hai mức: Mức 1 và Mức 2. {mandatoryCount} tiêu chí bắt buộc ({mandatory}) có dấu "x" ở cột "Bắt buộc" và được tô màu.
            Ở cột Mức 1 và Mức 2 chọn "Đạt" hoặc "Không đạt". Chỉ xét Mức 2 khi tiêu chí đã đạt Mức 1: Mức 1 "Không đạt" thì Mức 2 cũng "Không đạt".
            Cột "Mức đạt" tự tính: 2 khi đạt cả Mức 1 và Mức 2; 1 khi chỉ đạt Mức 1; 0 khi không đạt Mức 1 (để trống khi chưa chọn Mức 1).
            Ghi ngắn gọn Điểm mạnh, Điểm hạn chế và Minh chứng chính của từng tiêu chí. Không ghi thêm dòng tổng cộng bên dưới bảng.
            Mức của trường: Mức 1 khi cả {mandatoryCount} tiêu chí bắt buộc đạt Mức 1 trở lên và ít nhất {othersMin1}/{others} tiêu chí còn lại đạt Mức 1 trở lên; Mức 2 khi cả {mandatoryCount} tiêu chí bắt buộc đạt Mức 2, ít nhất {othersMin2}/{others} tiêu chí còn lại đạt Mức 2 và cả {others} tiêu chí còn lại đạt Mức 1 trở lên; không đủ các điều kiện trên là "Không đạt Mức 1".
            # 3. Trang "Vấn đề trọng tâm"
            Tóm tắt các vấn đề trọng tâm cần cải tiến: mỗi dòng một vấn đề, ghi Tiêu chuẩn (1, 2, 3 hoặc 4), các tiêu chí liên quan (ví dụ 1.4; 3.2), đánh giá hiện trạng, điểm hạn chế và nguyên nhân.
            # 4. Trang "Kế hoạch cải tiến"
            Mỗi dòng là một nội dung cải tiến. Cột "Nội dung cải tiến" bắt đầu bằng tiêu chí, ví dụ "Tiêu chí 1.4: Hoàn thiện quy trình tự đánh giá và công khai kết quả".
            Ghi đủ Mục tiêu cải tiến, Hoạt động/giải pháp, Chỉ số đánh giá kết quả (đo được, ví dụ "100% giáo viên được bồi dưỡng"), Thời gian thực hiện (ví dụ "Tháng 10/2026 - 5/2027", "Học kỳ I", "Thường xuyên"; phải nằm trong năm học) và Đơn vị/cá nhân phụ trách.
            Nguồn lực bảo đảm: nhân lực, cơ sở vật chất, kinh phí. Kinh phí có thể ghi ngay trong cột này, ví dụ "Ngân sách 20 triệu, XHH 5 triệu", hoặc ghi ở hai cột không bắt buộc "Kinh phí dự kiến (đồng)" (số tiền, ví dụ 20.000.000) và "Nguồn kinh phí" (chọn trong danh sách).
            Thông tin, dữ liệu hoặc minh chứng dự kiến: sản phẩm chứng minh kết quả (biên bản, kế hoạch, sổ theo dõi, số liệu).
            Mức độ thực hiện: để trống khi lập kế hoạch; khi rà soát chọn Hoàn thành, Đang thực hiện, Chưa thực hiện, Chưa hoàn thành hoặc Điều chỉnh.
            Mỗi tiêu chí chưa đạt Mức 2 phải có ít nhất một nội dung cải tiến; ưu tiên các tiêu chí bắt buộc.
            # 5. Trang "Theo dõi, đánh giá"
            Nhà trường rà soát việc thực hiện kế hoạch vào cuối học kỳ I và cuối năm học. Mỗi dòng ghi Thời điểm (chọn "Cuối học kỳ I" hoặc "Cuối năm học"), nội dung theo dõi, kết quả thực hiện, điều chỉnh (nếu có) và người đánh giá.
            Nội dung nào ghi "Hoàn thành" ở trang "Kế hoạch cải tiến" cần có kết quả thực hiện tương ứng ở trang này.
            # 6. Gửi hồ sơ
            Gửi tệp Excel này (không đặt mật khẩu, không đổi sang PDF hoặc Word) cho đơn vị quản lý.
            Sau khi rà soát cuối học kỳ I và cuối năm học, gửi lại CHÍNH tệp này với cột "Mức độ thực hiện" và trang "Theo dõi, đánh giá" đã điền: tệp gửi sau được coi là phiên bản mới của hồ sơ cùng năm học.
            # 7. Đơn vị quản lý kiểm tra những gì
            Tệp đọc được, có Mã trường, Năm học đúng dạng, Cấp học và Thông tư phù hợp với năm học.
            Kết quả tiêu chí: đủ {criteria} tiêu chí, không trùng, không đạt Mức 2 khi chưa đạt Mức 1; Mức tự đánh giá và số tiêu chí khai báo khớp với bảng kết quả.
            Kế hoạch: mỗi nội dung có tiêu chí, chỉ số đánh giá, thời gian trong năm học và người phụ trách; nội dung "Hoàn thành" có kết quả theo dõi.
            """;
}
