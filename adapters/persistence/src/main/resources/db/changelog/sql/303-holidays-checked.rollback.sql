-- Puts back the seed's own source text on the days 303 marked as checked (and only where 303's text is still there).
UPDATE calendar_day
   SET source = 'Lịch nghỉ lễ, Tết của cán bộ, công chức, viên chức theo thông báo hằng năm (Bộ LĐTB&XH đến 2024, Bộ Nội vụ từ 2025). CHƯA ĐỐI CHIẾU với văn bản gốc.'
 WHERE day IN ('2024-02-08', '2024-02-09', '2024-02-12', '2024-02-13', '2024-02-14', '2024-09-02', '2024-09-03')
   AND source = 'Thông báo 5015/TB-LĐTBXH ngày 22/11/2023 của Bộ LĐTB&XH (đăng lại trên huyendakha.kontum.gov.vn). ĐÃ ĐỐI CHIẾU.';
UPDATE calendar_day
   SET source = 'DỰ KIẾN: tính theo Bộ luật Lao động 2019 điều 112 và lịch âm; thay bằng ngày chính thức khi có thông báo.'
 WHERE day IN ('2026-02-16', '2026-02-17', '2026-02-18', '2026-02-19', '2026-02-20')
   AND source = 'Phương án nghỉ Tết Bính Ngọ 2026 đã được quyết (14/2–22/2/2026) theo báo Công an TP.HCM; chưa đối chiếu với thông báo gốc của Bộ Nội vụ.';
