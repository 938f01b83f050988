-- The 301 seed made Saturday 9 September 2023 a make-up working day for a swap that never happened: National Day
-- 2023 was Friday 1 (the adjacent day) to Monday 4 September (2 days off, a Sunday, a day in lieu), with no make-up
-- day (Công văn 8056/VPCP-KGVX of 1/12/2022 as reported by truyenhinhnghean.vn and th389.vn; decision 012).
-- Counting that Saturday as a working day made dossiers received around it due a day early.
-- Only the seed's own row goes: a day an admin entered or edited (another source text) stays.
DELETE FROM calendar_day
 WHERE day = '2023-09-09' AND kind = 'MAKE_UP_WORKING_DAY'
   AND source = 'Lịch nghỉ lễ, Tết của cán bộ, công chức, viên chức theo thông báo hằng năm (Bộ LĐTB&XH đến 2024, Bộ Nội vụ từ 2025). CHƯA ĐỐI CHIẾU với văn bản gốc.';
