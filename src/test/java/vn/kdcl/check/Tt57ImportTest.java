package vn.kdcl.check;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.kdcl.catalogue.Framework;
import vn.kdcl.submission.Submission;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * TT57/2026 plans through the reader, the normalisers and the checks: the template's layout and the same plan
 * typed on one sheet give the same submission; each TT57 rule fires on its fault and stays quiet on a sound plan.
 */
class Tt57ImportTest {

    @TempDir
    Path dir;

    private Pipeline.Result run(Tt57Workbooks.Plan p) {
        return Pipeline.run(Tt57Workbooks.multiSheet(p, dir.resolve("plan.xlsx")));
    }

    @Test
    void soundPlanIsReadWithItsLevelTasksMoneyProgressAndReview() {
        Pipeline.Result r = run(Tt57Workbooks.sound());
        Submission s = r.built().submission();
        assertThat(r.findings()).as(r.findings().toString()).isEmpty();
        assertThat(s.framework()).isEqualTo(Framework.TT57);
        assertThat(s.catalogueId()).isEqualTo("TT57/2026");
        assertThat(s.computed().level()).isEqualTo(2);
        assertThat(s.computed().count1()).isEqualTo(15);
        assertThat(s.computed().count2()).isEqualTo(13);
        assertThat(s.criteria()).hasSize(15).allSatisfy(c -> assertThat(c.level()).isBetween(1, 2));

        assertThat(s.tasks()).extracting(Submission.PlanTask::criterion).containsExactly("3.3", "4.3", "1.4");
        Submission.PlanTask first = s.tasks().get(0);
        assertThat(first.amount()).isEqualTo(25_000_000L);
        assertThat(first.form().indicator()).isEqualTo("100% học sinh tham gia ít nhất 2 chuyên đề");
        assertThat(first.form().resources()).isEqualTo("Ngân sách 20 triệu, XHH 5 triệu");
        assertThat(first.start()).hasToString("2026-10-01");
        assertThat(first.end()).hasToString("2027-05-31");
        assertThat(first.lead()).isEqualTo("Phó hiệu trưởng");
        assertThat(s.tasks()).extracting(t -> t.form().progress())
                .containsExactly("IN_PROGRESS", "DONE", "NOT_STARTED");
        assertThat(s.tasks().get(2).amount()).isEqualTo(3_000_000L);

        assertThat(s.funding()).extracting(Submission.FundingLine::source, Submission.FundingLine::amount,
                        Submission.FundingLine::sourceText, Submission.FundingLine::taskSeq)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("NSNN", 20_000_000L, "Ngân sách 20 triệu", 1),
                        org.assertj.core.groups.Tuple.tuple("XA_HOI_HOA", 5_000_000L, "XHH 5 triệu", 1),
                        org.assertj.core.groups.Tuple.tuple("NSNN", 3_000_000L, "Ngân sách nhà nước", 3));
        assertThat(s.priorities()).extracting(Submission.PriorityIssue::criteria).containsExactly("3.3", "Tiêu chí 4.3");
        assertThat(s.monitoring()).singleElement().satisfies(m -> {
            assertThat(m.moment()).isEqualTo("MID_YEAR");
            assertThat(m.result()).isEqualTo("Hoàn thành họp phụ huynh học kỳ I");
        });
    }

    @Test
    void theSamePlanTypedOnOneSheetGivesTheSameSubmission() {
        Tt57Workbooks.Plan p = Tt57Workbooks.sound();
        Submission multi = run(p).built().submission();
        Pipeline.Result one = Pipeline.run(Tt57Workbooks.oneSheet(p, dir.resolve("one.xlsx")));
        assertThat(one.codes()).as(one.findings().toString()).doesNotContain("FILE-007");
        Submission s = one.built().submission();
        assertThat(s.school().code()).isEqualTo("79-TT57-001");
        assertThat(s.catalogueId()).isEqualTo("TT57/2026");
        assertThat(s.computed()).isEqualTo(multi.computed());
        assertThat(s.criteria()).extracting(Submission.CriterionResult::code, Submission.CriterionResult::level)
                .containsExactlyElementsOf(multi.criteria().stream()
                        .map(c -> org.assertj.core.groups.Tuple.tuple(c.code(), c.level())).toList());
        assertThat(s.tasks()).extracting(Submission.PlanTask::criterion, Submission.PlanTask::amount,
                        Submission.PlanTask::start, Submission.PlanTask::end, t -> t.form().progress())
                .containsExactlyElementsOf(multi.tasks().stream().map(t -> org.assertj.core.groups.Tuple.tuple(
                        t.criterion(), t.amount(), t.start(), t.end(), t.form().progress())).toList());
        assertThat(s.funding()).hasSameSizeAs(multi.funding());
        assertThat(s.priorities()).hasSize(2);
        assertThat(s.monitoring()).hasSize(1);
        assertThat(one.findings()).as(one.findings().toString()).isEmpty();
    }

    @Test
    void countRuleDecidesTheLevelAndTheDeclaredLevelIsChecked() {
        Tt57Workbooks.Plan p = Tt57Workbooks.sound();
        p.level("1.1", 0).level("1.2", 0).level("2.3", 0); // 4 of the 7 others at Mức 1: Không đạt Mức 1
        Pipeline.Result r = run(p);
        assertThat(r.built().submission().computed().level()).isZero();
        assertThat(r.only("SUM-003").message()).contains("Mức 2");
        assertThat(r.codes()).contains("SUM-001");
    }

    @Test
    void mandatoryCriterionBelowLevel1IsAFinding() {
        Tt57Workbooks.Plan p = Tt57Workbooks.sound().level("2.2", 0);
        Pipeline.Result r = run(p);
        assertThat(r.only("CRT-007").message()).contains("Tiêu chí 2.2", "bắt buộc");
        assertThat(r.built().submission().computed().level()).isZero();
        assertThat(run(Tt57Workbooks.sound()).codes()).doesNotContain("CRT-007");
    }

    @Test
    void levelTwoOverAFailedLevelOneIsAFindingNotALevelTwo() {
        Tt57Workbooks.Plan p = Tt57Workbooks.sound().mark("1.1", "Không đạt", "Đạt");
        Pipeline.Result r = run(p);
        assertThat(r.only("CRT-003").message()).contains("Tiêu chí 1.1", "Mức 2", "Mức 1");
        assertThat(r.built().submission().criteria()).filteredOn(c -> c.code().equals("1.1"))
                .singleElement().satisfies(c -> assertThat(c.level()).isZero());
    }

    @Test
    void priorityIssueWithoutActivity() {
        Tt57Workbooks.Plan p = Tt57Workbooks.sound();
        p.priorities.add(new String[] {"2", "2.3", "Thiếu nhân viên thư viện", "Chưa có biên chế", "Thiếu định mức"});
        assertThat(run(p).only("PLN-009").message()).contains("2.3", "Chưa có biên chế");
    }

    @Test
    void activityWithoutOwnerTimeOrIndicator() {
        Tt57Workbooks.Plan p = Tt57Workbooks.sound();
        Tt57Workbooks.Activity a = p.activities.get(1);
        p.activities.set(1, a.with(3, null).with(4, null).with(5, null));
        Pipeline.Result r = run(p);
        assertThat(r.only("PLN-010").cell()).isEqualTo("E5");
        assertThat(r.only("PLN-011").cell()).isEqualTo("F5");
        assertThat(r.codes()).contains("PLN-006");
    }

    @Test
    void timeOutsideTheSchoolYear() {
        Tt57Workbooks.Plan p = Tt57Workbooks.sound();
        p.activities.set(0, p.activities.get(0).with(4, "Tháng 9/2027 - 12/2027"));
        assertThat(run(p).only("PLN-003").message()).contains("2026-2027");
    }

    @Test
    void doneWithoutAReviewResult() {
        Tt57Workbooks.Plan p = Tt57Workbooks.sound();
        p.monitoring.clear();
        assertThat(run(p).only("PLN-012").message()).contains("Hoàn thành");
    }

    @Test
    void progressNotUnderstoodAndPercentages() {
        Tt57Workbooks.Plan p = Tt57Workbooks.sound();
        p.activities.set(0, p.activities.get(0).with(8, "70%"));
        p.activities.set(2, p.activities.get(2).with(8, "còn vướng"));
        Pipeline.Result r = run(p);
        assertThat(r.only("PLN-013").message()).contains("còn vướng");
        Submission.PlanTask first = r.built().submission().tasks().get(0);
        assertThat(first.form().progress()).isEqualTo("IN_PROGRESS");
        assertThat(first.form().progressPercent()).isEqualTo(70);
    }

    @Test
    void a2018FormIn2026IsReadUnderItsCircularWithAWarning() {
        PlanWorkbooks.Book b = PlanWorkbooks.clean("TT18/2018");
        b.info(vn.kdcl.ingest.read.InfoField.SCHOOL_YEAR, "2026-2027");
        Pipeline.Result r = Pipeline.run(b.write(dir.resolve("old.xlsx")));
        assertThat(r.built().submission().framework()).isEqualTo(Framework.TT18);
        assertThat(r.only("SCH-006").message()).contains("2026-2027", "TT57/2026", "TT18/2018");
    }

    @Test
    void aTt57FormIn2025IsReadUnderItWithTheMirrorWarning() {
        Tt57Workbooks.Plan p = Tt57Workbooks.sound().info("Năm học", "2025-2026");
        p.activities.replaceAll(a -> a.with(4, "Tháng 10/2025 - 5/2026"));
        Pipeline.Result r = run(p);
        assertThat(r.built().submission().catalogueId()).isEqualTo("TT57/2026");
        assertThat(r.only("SCH-006").message()).contains("2025-2026", "TT57/2026");
        assertThat(run(Tt57Workbooks.sound()).codes()).doesNotContain("SCH-006");
    }

    @Test
    void withoutACircularTheYearAndTheSchoolTypeDecide() {
        Tt57Workbooks.Plan p = Tt57Workbooks.sound();
        p.info.remove("Thông tư áp dụng");
        p.info("Cấp học", "Trung tâm GDNN-GDTX");
        Pipeline.Result r = run(p);
        assertThat(r.built().submission().catalogueId()).isEqualTo("TT57/2026");
        assertThat(r.built().submission().school().type()).isEqualTo(vn.kdcl.catalogue.SchoolType.GDTX);
        assertThat(r.built().context().catalogue().appendix()).isEqualTo("Phụ lục III");
        assertThat(r.codes()).doesNotContain("SCH-006");
    }

    @Test
    void resourcesTextWithoutAmountsGivesNoFundingLines() {
        Tt57Workbooks.Plan p = Tt57Workbooks.sound();
        p.activities.set(0, p.activities.get(0).with(6, "Cơ sở vật chất hiện có, 2 phòng học"));
        Submission s = run(p).built().submission();
        assertThat(s.tasks().get(0).amount()).isNull();
        assertThat(s.funding()).isEmpty(); // only the money column's 3 triệu: funding comes from the tasks
        assertThat(List.of(s.tasks().get(2).amount())).containsExactly(3_000_000L);
    }

    @Test
    void aMultiLevelSchoolWithResultsPerSchoolLevelIsAtTheLowestOfThem() {
        Pipeline.Result r = run(Tt57Workbooks.multiLevel());
        Submission s = r.built().submission();
        assertThat(s.school().type()).isEqualTo(vn.kdcl.catalogue.SchoolType.PTNCH);
        assertThat(s.computed().level()).isEqualTo(1); // TH at Mức 2, THCS at Mức 1 (2.2 mandatory at Mức 1 only)
        assertThat(s.criteria()).hasSize(30);
        assertThat(s.criteria()).extracting(Submission.CriterionResult::schoolLevel).containsOnly("TH", "THCS");
        assertThat(r.codes()).doesNotContain("CRT-005", "SUM-003");
        assertThat(r.only("SUM-005").message()).contains("Tiểu học: Mức 2", "THCS: Mức 1", "mức thấp nhất: Mức 1");
        // one table for the whole school keeps the usual reading
        assertThat(run(Tt57Workbooks.sound()).codes()).doesNotContain("SUM-005");
    }
}
