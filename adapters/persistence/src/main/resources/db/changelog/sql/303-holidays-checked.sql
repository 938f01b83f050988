-- Days of the 301 seed checked against sources that could be read while writing (decision 012). Only the source
-- text changes, and only where it is still the seed's own (an admin's edit is left alone). Every other day of
-- 2021-2025 stays marked "CHƯA ĐỐI CHIẾU" (not checked); 2026 beyond Tết and 2027 stay provisional.

-- Tết 2024 (Thursday 8 to Wednesday 14 February: five weekdays off) and National Day 2024 (Saturday 31 August to
-- Tuesday 3 September: Monday 2 and Tuesday 3 off): Ministry of Labour notice 5015/TB-LĐTBXH of 22/11/2023, as
-- republished by the Đắk Hà district government (huyendakha.kontum.gov.vn).
UPDATE calendar_day
   SET source = 'Thông báo 5015/TB-LĐTBXH ngày 22/11/2023 của Bộ LĐTB&XH (đăng lại trên huyendakha.kontum.gov.vn). ĐÃ ĐỐI CHIẾU.'
 WHERE day IN ('2024-02-08', '2024-02-09', '2024-02-12', '2024-02-13', '2024-02-14', '2024-09-02', '2024-09-03')
   AND source LIKE '%CHƯA ĐỐI CHIẾU%';

-- Tết 2026 (Saturday 14 to Sunday 22 February: Monday 16 to Friday 20 off): the decision as reported by the press
-- (congan.com.vn, "chính thức chốt phương án"), not the notice itself.
UPDATE calendar_day
   SET source = 'Phương án nghỉ Tết Bính Ngọ 2026 đã được quyết (14/2–22/2/2026) theo báo Công an TP.HCM; chưa đối chiếu với thông báo gốc của Bộ Nội vụ.'
 WHERE day IN ('2026-02-16', '2026-02-17', '2026-02-18', '2026-02-19', '2026-02-20')
   AND source LIKE 'DỰ KIẾN%';
