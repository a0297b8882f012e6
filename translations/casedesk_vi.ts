<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi">
<context>
    <name>QFileDialog</name>
    <message>
        <source>Look in:</source>
        <translation>Tìm trong:</translation>
    </message>
    <message>
        <source>File &amp;name:</source>
        <translation>&amp;Tên tệp:</translation>
    </message>
    <message>
        <source>Files of type:</source>
        <translation>Loại tệp:</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Lưu</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Mở</translation>
    </message>
    <message>
        <source>Save As</source>
        <translation>Lưu thành</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Quay lại</translation>
    </message>
    <message>
        <source>Parent Directory</source>
        <translation>Thư mục cha</translation>
    </message>
    <message>
        <source>Create New Folder</source>
        <translation>Tạo thư mục mới</translation>
    </message>
    <message>
        <source>List View</source>
        <translation>Dạng danh sách</translation>
    </message>
    <message>
        <source>Detail View</source>
        <translation>Dạng chi tiết</translation>
    </message>
    <message>
        <source>All Files (*)</source>
        <translation>Mọi tệp (*)</translation>
    </message>
    <message>
        <source>%1 already exists.
Do you want to replace it?</source>
        <translation>%1 đã có.
Bạn có muốn thay thế không?</translation>
    </message>
</context>
<context>
    <name>QFileSystemModel</name>
    <message>
        <source>Name</source>
        <translation>Tên</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Kích thước</translation>
    </message>
    <message>
        <source>Date Modified</source>
        <translation>Ngày sửa</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Loại</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Hoàn tác</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Làm lại</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>&amp;Cắt</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>Sao ché&amp;p</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Dán</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Chọn tất cả</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <source>Show Details...</source>
        <translation>Xem chi tiết...</translation>
    </message>
    <message>
        <source>Hide Details...</source>
        <translation>Ẩn chi tiết...</translation>
    </message>
    <message>
        <source>About Qt</source>
        <translation>Giới thiệu Qt</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation>Đồng ý</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Lưu</translation>
    </message>
    <message>
        <source>Save All</source>
        <translation>Lưu tất cả</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Mở</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Có</translation>
    </message>
    <message>
        <source>Yes to &amp;All</source>
        <translation>Có với &amp;tất cả</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;Không</translation>
    </message>
    <message>
        <source>N&amp;o to All</source>
        <translation>Không với t&amp;ất cả</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation>Hủy bỏ</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Thử lại</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Bỏ qua</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Bỏ</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Trợ giúp</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Áp dụng</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Đặt lại</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>Khôi phục mặc định</translation>
    </message>
</context>
<context>
    <name>QPrintDialog</name>
    <message>
        <source>Print</source>
        <translation>In</translation>
    </message>
    <message>
        <source>&amp;Print</source>
        <translation>&amp;In</translation>
    </message>
</context>
<context>
    <name>QPrintPreviewDialog</name>
    <message>
        <source>Print Preview</source>
        <translation>Xem trước khi in</translation>
    </message>
    <message>
        <source>Next page</source>
        <translation>Trang sau</translation>
    </message>
    <message>
        <source>Previous page</source>
        <translation>Trang trước</translation>
    </message>
    <message>
        <source>First page</source>
        <translation>Trang đầu</translation>
    </message>
    <message>
        <source>Last page</source>
        <translation>Trang cuối</translation>
    </message>
    <message>
        <source>Fit width</source>
        <translation>Vừa chiều rộng</translation>
    </message>
    <message>
        <source>Fit page</source>
        <translation>Vừa trang</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Phóng to</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Thu nhỏ</translation>
    </message>
    <message>
        <source>Portrait</source>
        <translation>Khổ dọc</translation>
    </message>
    <message>
        <source>Landscape</source>
        <translation>Khổ ngang</translation>
    </message>
    <message>
        <source>Show single page</source>
        <translation>Hiện từng trang</translation>
    </message>
    <message>
        <source>Show facing pages</source>
        <translation>Hiện hai trang đối diện</translation>
    </message>
    <message>
        <source>Show overview of all pages</source>
        <translation>Hiện tổng quan các trang</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>In</translation>
    </message>
    <message>
        <source>Page setup</source>
        <translation>Thiết lập trang</translation>
    </message>
    <message>
        <source>Export to PDF</source>
        <translation>Xuất ra PDF</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Hoàn tác</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Làm lại</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>&amp;Cắt</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>Sao ché&amp;p</translation>
    </message>
    <message>
        <source>Copy &amp;Link Location</source>
        <translation>Sao chép địa chỉ &amp;liên kết</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Dán</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Chọn tất cả</translation>
    </message>
</context>
<context>
    <name>casedesk::app::Gui</name>
    <message>
        <source>CaseDesk: citizens' messages to police units' Zalo accounts.</source>
        <translation>CaseDesk: tin nhắn của người dân gửi trang Zalo của đơn vị Công an.</translation>
    </message>
    <message>
        <source>Data folder.</source>
        <translation>Thư mục dữ liệu.</translation>
    </message>
    <message>
        <source>Open a fresh demonstration data folder.</source>
        <translation>Mở một thư mục dữ liệu trình diễn mới.</translation>
    </message>
    <message>
        <source>Language: vi (default) or en.</source>
        <translation>Ngôn ngữ: vi (mặc định) hoặc en.</translation>
    </message>
    <message>
        <source>CaseDesk</source>
        <translation>CaseDesk</translation>
    </message>
    <message>
        <source>Cannot create the data folder %1.</source>
        <translation>Không tạo được thư mục dữ liệu %1.</translation>
    </message>
</context>
<context>
    <name>casedesk::cli::CliContext</name>
    <message>
        <source>Data folder (default: the platform's app-data folder).</source>
        <translation>Thư mục dữ liệu (mặc định: thư mục dữ liệu ứng dụng của hệ điều hành).</translation>
    </message>
    <message>
        <source>Keep tokens in this file (mode 0600) instead of the OS keychain.</source>
        <translation>Lưu mã truy cập trong tệp này (quyền 0600) thay cho kho khóa của hệ điều hành.</translation>
    </message>
    <message>
        <source>Zalo OpenAPI address (default https://openapi.zalo.me).</source>
        <translation>Địa chỉ Zalo OpenAPI (mặc định https://openapi.zalo.me).</translation>
    </message>
    <message>
        <source>Zalo OAuth address (default https://oauth.zaloapp.com).</source>
        <translation>Địa chỉ Zalo OAuth (mặc định https://oauth.zaloapp.com).</translation>
    </message>
    <message>
        <source>Who acts, as recorded in case histories.</source>
        <translation>Người thao tác, được ghi vào lịch sử xử lý.</translation>
    </message>
    <message>
        <source>Language of messages: vi (default) or en.</source>
        <translation>Ngôn ngữ thông báo: vi (mặc định) hoặc en.</translation>
    </message>
    <message>
        <source>Machine-readable output (JSON, UTF-8).</source>
        <translation>Kết quả cho máy đọc (JSON, UTF-8).</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Hiện trợ giúp này.</translation>
    </message>
    <message>
        <source>--lang takes vi or en, not "%1".</source>
        <translation>--lang nhận vi hoặc en, không nhận "%1".</translation>
    </message>
    <message>
        <source>Cannot create the data folder %1.</source>
        <translation>Không tạo được thư mục dữ liệu %1.</translation>
    </message>
    <message>
        <source>Cannot load the shipped unit tree: %1</source>
        <translation>Không nạp được cây đơn vị kèm theo chương trình: %1</translation>
    </message>
    <message>
        <source>Run "casedesk-cli --help" for usage.</source>
        <translation>Chạy "casedesk-cli --help" để xem cách dùng.</translation>
    </message>
</context>
<context>
    <name>casedesk::cli::Commands</name>
    <message>
        <source>Usage: casedesk-cli [GLOBAL OPTIONS] COMMAND [ARGS]</source>
        <translation>Cách dùng: casedesk-cli [TÙY CHỌN CHUNG] LỆNH [THAM SỐ]</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Các lệnh:</translation>
    </message>
    <message>
        <source>Global options:</source>
        <translation>Tùy chọn chung:</translation>
    </message>
    <message>
        <source>"casedesk-cli COMMAND --help" describes one command.</source>
        <translation>"casedesk-cli LỆNH --help" mô tả một lệnh.</translation>
    </message>
    <message>
        <source>List or import the unit tree.</source>
        <translation>Liệt kê hoặc nhập cây đơn vị.</translation>
    </message>
    <message>
        <source>Build a demo data folder and say what it holds.</source>
        <translation>Tạo thư mục dữ liệu trình diễn và cho biết nội dung.</translation>
    </message>
    <message>
        <source>Unknown command "%1".</source>
        <translation>Không có lệnh "%1".</translation>
    </message>
</context>
<context>
    <name>casedesk::cli::DemoCommand</name>
    <message>
        <source>casedesk-cli demo [--data-dir DIR]: fills a fresh data folder for a demonstration.</source>
        <translation>casedesk-cli demo [--data-dir THƯ_MỤC]: tạo dữ liệu trình diễn trong một thư mục mới.</translation>
    </message>
    <message>
        <source>demo takes no argument.</source>
        <translation>demo không nhận tham số.</translation>
    </message>
    <message>
        <source>The demo needs a new or empty data folder; %1 already holds data.</source>
        <translation>Bản trình diễn cần một thư mục dữ liệu mới hoặc trống; %1 đã có dữ liệu.</translation>
    </message>
    <message>
        <source>Demo data folder: %1</source>
        <translation>Thư mục dữ liệu trình diễn: %1</translation>
    </message>
    <message>
        <source>Loaded the unit tree: %1 units.</source>
        <translation>Đã nạp cây đơn vị: %1 đơn vị.</translation>
    </message>
</context>
<context>
    <name>casedesk::cli::UnitsCommand</name>
    <message>
        <source>ID</source>
        <translation>Mã</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Cấp</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <source>(closed %1)</source>
        <translation>(đã giải thể %1)</translation>
    </message>
    <message>
        <source>%1 was refused, nothing was changed: %2</source>
        <translation>%1 bị từ chối, dữ liệu không thay đổi: %2</translation>
    </message>
    <message>
        <source>Imported %1: %2 added, %3 updated, %4 closed, %5 unchanged.</source>
        <translation>Đã nhập %1: thêm %2, cập nhật %3, giải thể %4, giữ nguyên %5.</translation>
    </message>
    <message>
        <source>casedesk-cli units list [--all] [--json]
casedesk-cli units import FILE</source>
        <translation>casedesk-cli units list [--all] [--json]
casedesk-cli units import TỆP</translation>
    </message>
    <message>
        <source>Also list closed units.</source>
        <translation>Liệt kê cả đơn vị đã giải thể.</translation>
    </message>
    <message>
        <source>units: say "list" or "import FILE".</source>
        <translation>units: cần "list" hoặc "import TỆP".</translation>
    </message>
    <message>
        <source>units list takes no argument.</source>
        <translation>units list không nhận tham số.</translation>
    </message>
    <message>
        <source>units import takes one FILE.</source>
        <translation>units import cần đúng một TỆP.</translation>
    </message>
    <message>
        <source>units: unknown subcommand "%1".</source>
        <translation>units: không có lệnh con "%1".</translation>
    </message>
</context>
<context>
    <name>casedesk::domain::Unit</name>
    <message>
        <source>Province</source>
        <translation>Tỉnh</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Phòng</translation>
    </message>
    <message>
        <source>District</source>
        <translation>Huyện</translation>
    </message>
    <message>
        <source>Commune</source>
        <translation>Xã</translation>
    </message>
</context>
<context>
    <name>casedesk::domain::UnitTreeFile</name>
    <message>
        <source>Unit %1: %2 "%3" is not a date (YYYY-MM-DD).</source>
        <translation>Đơn vị %1: %2 "%3" không phải ngày (YYYY-MM-DD).</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Không đọc được %1: %2</translation>
    </message>
    <message>
        <source>The unit file is not valid JSON at byte %1: %2.</source>
        <translation>Tệp đơn vị không phải JSON hợp lệ tại byte %1: %2.</translation>
    </message>
    <message>
        <source>The unit file has no "units" list.</source>
        <translation>Tệp đơn vị không có danh sách "units".</translation>
    </message>
    <message>
        <source>The unit file lists no units.</source>
        <translation>Tệp đơn vị không có đơn vị nào.</translation>
    </message>
    <message>
        <source>Entry %1 of the unit list is not an object.</source>
        <translation>Mục %1 của danh sách đơn vị không phải đối tượng JSON.</translation>
    </message>
    <message>
        <source>Entry %1 of the unit list has no id.</source>
        <translation>Mục %1 của danh sách đơn vị không có mã (id).</translation>
    </message>
    <message>
        <source>Unit %1: the id is used twice (entries %2 and %3).</source>
        <translation>Đơn vị %1: mã bị trùng (mục %2 và %3).</translation>
    </message>
    <message>
        <source>Unit %1: a unit cannot be its own parent.</source>
        <translation>Đơn vị %1: đơn vị không thể là cấp trên của chính nó.</translation>
    </message>
    <message>
        <source>Unit %1: unknown level "%2" (expected province, department, district or commune).</source>
        <translation>Đơn vị %1: cấp "%2" không hợp lệ (phải là province, department, district hoặc commune).</translation>
    </message>
    <message>
        <source>Unit %1: the name is missing.</source>
        <translation>Đơn vị %1: thiếu tên.</translation>
    </message>
    <message>
        <source>Unit %1: its parent %2 is not in the file.</source>
        <translation>Đơn vị %1: đơn vị cấp trên %2 không có trong tệp.</translation>
    </message>
    <message>
        <source>The unit file has no root unit (one without a parent): the parents form a cycle.</source>
        <translation>Tệp đơn vị không có đơn vị gốc (không có cấp trên): quan hệ cấp trên tạo thành vòng lặp.</translation>
    </message>
    <message>
        <source>Unit %1: its parents form a cycle.</source>
        <translation>Đơn vị %1: quan hệ cấp trên tạo thành vòng lặp.</translation>
    </message>
</context>
<context>
    <name>casedesk::store::Database</name>
    <message>
        <source>Cannot open the database %1: %2</source>
        <translation>Không mở được cơ sở dữ liệu %1: %2</translation>
    </message>
    <message>
        <source>%1 is not a CaseDesk database (%2).</source>
        <translation>%1 không phải cơ sở dữ liệu CaseDesk (%2).</translation>
    </message>
    <message>
        <source>The database %1 was written by a newer CaseDesk (schema %2; this program knows up to %3). It was left untouched: install the newer CaseDesk to open it.</source>
        <translation>Cơ sở dữ liệu %1 do phiên bản CaseDesk mới hơn tạo (lược đồ %2; chương trình này chỉ biết đến %3). Dữ liệu được giữ nguyên: hãy cài CaseDesk mới hơn để mở.</translation>
    </message>
    <message>
        <source>Cannot switch %1 to WAL mode: %2</source>
        <translation>Không chuyển được %1 sang chế độ WAL: %2</translation>
    </message>
    <message>
        <source>Cannot start the upgrade of %1: %2</source>
        <translation>Không bắt đầu nâng cấp %1 được: %2</translation>
    </message>
    <message>
        <source>Upgrading %1 to schema %2 failed: %3. The database was left as it was.</source>
        <translation>Nâng cấp %1 lên lược đồ %2 thất bại: %3. Cơ sở dữ liệu được giữ nguyên.</translation>
    </message>
</context>
<context>
    <name>casedesk::store::UnitStore</name>
    <message>
        <source>The database is busy: %1</source>
        <translation>Cơ sở dữ liệu đang bận: %1</translation>
    </message>
    <message>
        <source>Unit %1 cannot be stored: %2</source>
        <translation>Không lưu được đơn vị %1: %2</translation>
    </message>
    <message>
        <source>Unit %1 cannot be closed: %2</source>
        <translation>Không giải thể được đơn vị %1: %2</translation>
    </message>
    <message>
        <source>The unit tree was not saved: %1</source>
        <translation>Cây đơn vị chưa được lưu: %1</translation>
    </message>
    <message>
        <source>There is no unit with id %1.</source>
        <translation>Không có đơn vị mã %1.</translation>
    </message>
</context>
<context>
    <name>casedesk::ui::MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Tệp</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Thoát</translation>
    </message>
    <message>
        <source>&amp;Case</source>
        <translation>&amp;Vụ việc</translation>
    </message>
    <message>
        <source>&amp;Reports</source>
        <translation>&amp;Báo cáo</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;Công cụ</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Trợ &amp;giúp</translation>
    </message>
    <message>
        <source>&amp;About CaseDesk</source>
        <translation>&amp;Giới thiệu CaseDesk</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Tất cả</translation>
    </message>
    <message>
        <source>Crime reports</source>
        <translation>Tố giác</translation>
    </message>
    <message>
        <source>Security reports</source>
        <translation>Tin báo</translation>
    </message>
    <message>
        <source>Petitions</source>
        <translation>Phản ánh</translation>
    </message>
    <message>
        <source>Procedures</source>
        <translation>TTHC</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Khác</translation>
    </message>
    <message>
        <source>No case yet. Connect a unit's Zalo account (Tools ▸ Zalo accounts) to receive citizens' messages.</source>
        <translation>Chưa có vụ việc. Hãy kết nối trang Zalo của đơn vị (Công cụ ▸ Trang Zalo) để nhận tin nhắn của người dân.</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Tìm kiếm</translation>
    </message>
    <message>
        <source>Search (Ctrl+F)</source>
        <translation>Tìm kiếm (Ctrl+F)</translation>
    </message>
    <message>
        <source>CaseDesk</source>
        <translation>CaseDesk</translation>
    </message>
    <message>
        <source>The unit tree cannot be read: %1</source>
        <translation>Không đọc được cây đơn vị: %1</translation>
    </message>
    <message>
        <source>CaseDesk — %1</source>
        <translation>CaseDesk — %1</translation>
    </message>
    <message numerus="yes">
        <source>%n unit(s) · no Zalo account connected yet</source>
        <translation><numerusform>%n đơn vị · chưa kết nối trang Zalo nào</numerusform></translation>
    </message>
    <message>
        <source>About CaseDesk</source>
        <translation>Giới thiệu CaseDesk</translation>
    </message>
    <message>
        <source>CaseDesk %1
Citizens' messages to police units' Zalo accounts: one queue, deadlines and figures.</source>
        <translation>CaseDesk %1
Tin nhắn của người dân gửi trang Zalo của các đơn vị Công an: một hàng đợi, có thời hạn và số liệu.</translation>
    </message>
</context>
<context>
    <name>casedesk::ui::UnitTreeModel</name>
    <message>
        <source>Unit</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Mở</translation>
    </message>
    <message>
        <source>!</source>
        <translation>!</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>Quá hạn</translation>
    </message>
    <message>
        <source>Open cases</source>
        <translation>Vụ việc đang mở</translation>
    </message>
    <message>
        <source>Urgent open cases</source>
        <translation>Vụ việc khẩn đang mở</translation>
    </message>
    <message>
        <source>Overdue cases</source>
        <translation>Vụ việc quá hạn</translation>
    </message>
</context>
</TS>
