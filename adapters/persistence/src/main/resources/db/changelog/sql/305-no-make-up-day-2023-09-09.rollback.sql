-- Puts the seed's row back as 301 wrote it (unless the day holds another row by now).
INSERT INTO calendar_day (day, kind, name, source) VALUES
    ('2023-09-09', 'MAKE_UP_WORKING_DAY', 'Làm bù cho ngày 01/9', 'Lịch nghỉ lễ, Tết của cán bộ, công chức, viên chức theo thông báo hằng năm (Bộ LĐTB&XH đến 2024, Bộ Nội vụ từ 2025). CHƯA ĐỐI CHIẾU với văn bản gốc.')
ON CONFLICT (day) DO NOTHING;
