-- Removes the days 301 wrote, as it wrote them: a day an admin corrected since (another source text) stays.
DELETE FROM calendar_day
 WHERE day BETWEEN '2021-01-01' AND '2027-12-31'
   AND source IN (
       'Lịch nghỉ lễ, Tết của cán bộ, công chức, viên chức theo thông báo hằng năm (Bộ LĐTB&XH đến 2024, Bộ Nội vụ từ 2025). CHƯA ĐỐI CHIẾU với văn bản gốc.',
       'DỰ KIẾN: tính theo Bộ luật Lao động 2019 điều 112 và lịch âm; thay bằng ngày chính thức khi có thông báo.');
