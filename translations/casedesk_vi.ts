<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi">
<context>
    <name>QAbstractFileIconProvider</name>
    <message>
        <source>Folder</source>
        <comment>All other platforms</comment>
        <translation>Thư mục</translation>
    </message>
    <message>
        <source>%1 File</source>
        <comment>%1 is a file name suffix, for example txt</comment>
        <translation>Tệp %1</translation>
    </message>
    <message>
        <source>File</source>
        <comment>Match Windows Explorer</comment>
        <translation>Tệp</translation>
    </message>
</context>
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
    <message>
        <source>Directory:</source>
        <translation>Thư mục:</translation>
    </message>
    <message>
        <source>&amp;Choose</source>
        <translation>&amp;Chọn</translation>
    </message>
    <message>
        <source>Directories</source>
        <translation>Thư mục</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>Tiến</translation>
    </message>
    <message>
        <source>Folder</source>
        <comment>All other platforms</comment>
        <translation>Thư mục</translation>
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
    <message>
        <source>Computer</source>
        <translation>Máy tính</translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1 byte</translation>
    </message>
    <message>
        <source>%1 KB</source>
        <translation>%1 KB</translation>
    </message>
    <message>
        <source>%1 MB</source>
        <translation>%1 MB</translation>
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
    <name>QPageSetupWidget</name>
    <message>
        <source>Paper</source>
        <translation>Giấy</translation>
    </message>
    <message>
        <source>Page size:</source>
        <translation>Khổ giấy:</translation>
    </message>
    <message>
        <source>Width:</source>
        <translation>Rộng:</translation>
    </message>
    <message>
        <source>Height:</source>
        <translation>Cao:</translation>
    </message>
    <message>
        <source>Paper source:</source>
        <translation>Nguồn giấy:</translation>
    </message>
    <message>
        <source>Orientation</source>
        <translation>Hướng giấy</translation>
    </message>
    <message>
        <source>Portrait</source>
        <translation>Dọc</translation>
    </message>
    <message>
        <source>Landscape</source>
        <translation>Ngang</translation>
    </message>
    <message>
        <source>Reverse landscape</source>
        <translation>Ngang đảo</translation>
    </message>
    <message>
        <source>Reverse portrait</source>
        <translation>Dọc đảo</translation>
    </message>
    <message>
        <source>Margins</source>
        <translation>Lề</translation>
    </message>
    <message>
        <source>top margin</source>
        <translation>lề trên</translation>
    </message>
    <message>
        <source>left margin</source>
        <translation>lề trái</translation>
    </message>
    <message>
        <source>right margin</source>
        <translation>lề phải</translation>
    </message>
    <message>
        <source>bottom margin</source>
        <translation>lề dưới</translation>
    </message>
    <message>
        <source>Page Layout</source>
        <translation>Bố cục trang</translation>
    </message>
    <message>
        <source>Page order:</source>
        <translation>Thứ tự trang:</translation>
    </message>
    <message>
        <source>Pages per sheet:</source>
        <translation>Số trang mỗi tờ:</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Tùy chỉnh</translation>
    </message>
    <message>
        <source>Millimeters (mm)</source>
        <translation>Mi-li-mét (mm)</translation>
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
    <message>
        <source>Local file</source>
        <translation>Tệp trên máy</translation>
    </message>
    <message>
        <source>Write PDF file</source>
        <translation>Ghi tệp PDF</translation>
    </message>
    <message>
        <source>Print to File (PDF)</source>
        <translation>In ra tệp (PDF)</translation>
    </message>
    <message>
        <source>&amp;Options &gt;&gt;</source>
        <translation>&amp;Tùy chọn &gt;&gt;</translation>
    </message>
    <message>
        <source>&amp;Options &lt;&lt;</source>
        <translation>&amp;Tùy chọn &lt;&lt;</translation>
    </message>
    <message>
        <source>All Pages</source>
        <translation>Mọi trang</translation>
    </message>
    <message>
        <source>Odd Pages</source>
        <translation>Trang lẻ</translation>
    </message>
    <message>
        <source>Even Pages</source>
        <translation>Trang chẵn</translation>
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
    <name>QPrintPropertiesWidget</name>
    <message>
        <source>Page</source>
        <translation>Trang</translation>
    </message>
    <message>
        <source>Advanced</source>
        <translation>Nâng cao</translation>
    </message>
</context>
<context>
    <name>QPrintSettingsOutput</name>
    <message>
        <source>Copies</source>
        <translation>Số bản</translation>
    </message>
    <message>
        <source>Print range</source>
        <translation>Phạm vi in</translation>
    </message>
    <message>
        <source>Print all</source>
        <translation>In tất cả</translation>
    </message>
    <message>
        <source>Pages from</source>
        <translation>Các trang từ</translation>
    </message>
    <message>
        <source>to</source>
        <translation>đến</translation>
    </message>
    <message>
        <source>Current Page</source>
        <translation>Trang hiện tại</translation>
    </message>
    <message>
        <source>Selection</source>
        <translation>Phần đã chọn</translation>
    </message>
    <message>
        <source>Output Settings</source>
        <translation>Thiết lập in</translation>
    </message>
    <message>
        <source>Copies:</source>
        <translation>Số bản:</translation>
    </message>
    <message>
        <source>Collate</source>
        <translation>Sắp theo bộ</translation>
    </message>
    <message>
        <source>Reverse</source>
        <translation>Đảo ngược</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>Tùy chọn</translation>
    </message>
    <message>
        <source>Color Mode</source>
        <translation>Chế độ màu</translation>
    </message>
    <message>
        <source>Color</source>
        <translation>Màu</translation>
    </message>
    <message>
        <source>Grayscale</source>
        <translation>Đen trắng</translation>
    </message>
    <message>
        <source>Duplex Printing</source>
        <translation>In hai mặt</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Không</translation>
    </message>
    <message>
        <source>Long side</source>
        <translation>Cạnh dài</translation>
    </message>
    <message>
        <source>Short side</source>
        <translation>Cạnh ngắn</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Các trang</translation>
    </message>
    <message>
        <source>Page Set:</source>
        <translation>Bộ trang:</translation>
    </message>
</context>
<context>
    <name>QPrintWidget</name>
    <message>
        <source>Printer</source>
        <translation>Máy in</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Tên:</translation>
    </message>
    <message>
        <source>P&amp;roperties</source>
        <translation>&amp;Thuộc tính</translation>
    </message>
    <message>
        <source>Location:</source>
        <translation>Vị trí:</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>Loại:</translation>
    </message>
    <message>
        <source>Output &amp;file:</source>
        <translation>&amp;Tệp xuất:</translation>
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
    <name>casedesk::DataFolder</name>
    <message>
        <source>Other users of this computer could open the data folder %1 or files in it; they are now private to you (%2 folder(s) and %3 file(s) tightened).</source>
        <translation>Người dùng khác trên máy này đã có thể mở thư mục dữ liệu %1 hoặc các tệp trong đó; nay chỉ bạn mới truy cập được (đã giới hạn quyền của %2 thư mục và %3 tệp).</translation>
    </message>
    <message numerus="yes">
        <source>The permissions of %n item(s) in the data folder %1 could not be tightened; make the folder readable only by you (chmod -R go-rwx).</source>
        <translation>
            <numerusform>Không giới hạn được quyền của %n mục trong thư mục dữ liệu %1; hãy đặt quyền để chỉ bạn đọc được thư mục này (chmod -R go-rwx).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>casedesk::app::Gui</name>
    <message>
        <source>CaseDesk: citizens&apos; messages to police units&apos; Zalo accounts.</source>
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
    <message>
        <source>Keep tokens in this file (mode 0600) instead of the OS keychain.</source>
        <translation>Lưu mã truy cập trong tệp này (quyền 0600) thay cho kho khóa của hệ điều hành.</translation>
    </message>
    <message>
        <source>CaseDesk demo</source>
        <translation>CaseDesk (trình diễn)</translation>
    </message>
    <message>
        <source>Demo: the Zalo simulator plays every unit&apos;s account; data in %1</source>
        <translation>Trình diễn: trình giả lập Zalo đóng vai trang Zalo của mọi đơn vị; dữ liệu lưu tại %1</translation>
    </message>
    <message>
        <source>CaseDesk — data server password</source>
        <translation>CaseDesk — mật khẩu máy chủ dữ liệu</translation>
    </message>
    <message>
        <source>&amp;Password for %1 (CaseDesk does not keep it):</source>
        <translation>&amp;Mật khẩu cho %1 (CaseDesk không lưu lại):</translation>
    </message>
    <message>
        <source>The province&apos;s PostgreSQL database: postgresql://HOST:PORT/DB (also CASEDESK_DATABASE).</source>
        <translation>Cơ sở dữ liệu PostgreSQL của tỉnh: postgresql://HOST:PORT/DB (hoặc biến CASEDESK_DATABASE).</translation>
    </message>
    <message>
        <source>This PC works on the province&apos;s data server; the Zalo inboxes are read by the province&apos;s sync hosts (casedesk-cli --database URL sync).</source>
        <translation>Máy này làm việc trên máy chủ dữ liệu của tỉnh; hộp thư Zalo do các máy đồng bộ của tỉnh đọc (casedesk-cli --database URL sync).</translation>
    </message>
    <message>
        <source>Sign in as this officer (the password from CASEDESK_PASSWORD, else asked); without officers in the data folder, the name recorded in case histories (default: the login name).</source>
        <translation>Đăng nhập với tên cán bộ này (mật khẩu lấy từ CASEDESK_PASSWORD, nếu không có thì hỏi); khi thư mục dữ liệu chưa có cán bộ nào, đây là tên được ghi vào lịch sử xử lý (mặc định: tên đăng nhập máy tính).</translation>
    </message>
    <message>
        <source>The province&apos;s database has no officers yet: its administrator makes the first one with casedesk-cli database init --admin NAME.</source>
        <translation>Cơ sở dữ liệu của tỉnh chưa có cán bộ nào: quản trị viên tạo cán bộ đầu tiên bằng casedesk-cli database init --admin TÊN.</translation>
    </message>
    <message>
        <source>officer</source>
        <translation>cán bộ</translation>
    </message>
</context>
<context>
    <name>casedesk::cli::AccountsCommand</name>
    <message>
        <source>The %1 file %2 cannot be read: %3</source>
        <translation>Không đọc được tệp chứa %1 (%2): %3</translation>
    </message>
    <message>
        <source>The %1 file %2 is empty.</source>
        <translation>Tệp chứa %1 (%2) đang trống.</translation>
    </message>
    <message>
        <source>accounts add needs --%1.</source>
        <translation>accounts add cần --%1.</translation>
    </message>
    <message>
        <source>accounts add needs either --refresh-token or --refresh-token-file (not both).</source>
        <translation>accounts add cần --refresh-token hoặc --refresh-token-file (chỉ một trong hai).</translation>
    </message>
    <message>
        <source>secret key</source>
        <translation>khóa bí mật</translation>
    </message>
    <message>
        <source>refresh token</source>
        <translation>refresh token</translation>
    </message>
    <message>
        <source>The refresh token is empty.</source>
        <translation>Refresh token đang trống.</translation>
    </message>
    <message>
        <source>Connected the Zalo account %1 (%2) to unit %3; its tokens are in %4.</source>
        <translation>Đã kết nối trang Zalo %1 (%2) với đơn vị %3; mã truy cập được lưu tại %4.</translation>
    </message>
    <message>
        <source>name unknown</source>
        <translation>chưa rõ tên</translation>
    </message>
    <message>
        <source>A token refresh of the Zalo account %1 was interrupted and cannot be checked: %2</source>
        <translation>Một lần làm mới mã truy cập của trang Zalo %1 bị gián đoạn và không kiểm tra được: %2</translation>
    </message>
    <message>
        <source>No Zalo account is connected. Add one with &quot;casedesk-cli accounts add&quot;.</source>
        <translation>Chưa kết nối trang Zalo nào. Hãy thêm bằng lệnh &quot;casedesk-cli accounts add&quot;.</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <source>OA id</source>
        <translation>OA ID</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <source>Last sync</source>
        <translation>Đồng bộ lần cuối</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Tên</translation>
    </message>
    <message>
        <source>never</source>
        <translation>chưa lần nào</translation>
    </message>
    <message>
        <source>casedesk-cli accounts add --unit ID --oa-id ID --app-id ID --secret-key-file F (--refresh-token T | --refresh-token-file F|-)
casedesk-cli accounts list [--json]</source>
        <translation>casedesk-cli accounts add --unit ID --oa-id ID --app-id ID --secret-key-file F (--refresh-token T | --refresh-token-file F|-)
casedesk-cli accounts list [--json]</translation>
    </message>
    <message>
        <source>The unit the Zalo account belongs to.</source>
        <translation>Đơn vị quản lý trang Zalo.</translation>
    </message>
    <message>
        <source>The Official Account&apos;s id.</source>
        <translation>OA ID của trang Zalo (Official Account).</translation>
    </message>
    <message>
        <source>The Zalo app&apos;s id.</source>
        <translation>ID ứng dụng Zalo.</translation>
    </message>
    <message>
        <source>A file holding the Zalo app&apos;s secret key.</source>
        <translation>Tệp chứa khóa bí mật của ứng dụng Zalo.</translation>
    </message>
    <message>
        <source>The OA&apos;s refresh token (visible to other users: prefer the file).</source>
        <translation>Refresh token của OA (người dùng khác trên máy có thể nhìn thấy: nên dùng tệp).</translation>
    </message>
    <message>
        <source>A file holding the refresh token, or - for standard input.</source>
        <translation>Tệp chứa refresh token, hoặc - để đọc từ đầu vào chuẩn.</translation>
    </message>
    <message>
        <source>accounts: say &quot;add&quot; or &quot;list&quot;.</source>
        <translation>accounts: cần &quot;add&quot; hoặc &quot;list&quot;.</translation>
    </message>
    <message>
        <source>accounts %1 takes no further argument.</source>
        <translation>accounts %1 không nhận thêm tham số.</translation>
    </message>
    <message>
        <source>accounts: unknown subcommand &quot;%1&quot;.</source>
        <translation>accounts: không có lệnh con &quot;%1&quot;.</translation>
    </message>
</context>
<context>
    <name>casedesk::cli::ApprovalCommand</name>
    <message>
        <source>No answer needs an editor&apos;s approval: every answer is queued for sending at once.</source>
        <translation>Không có trả lời nào cần tổ biên tập duyệt: mọi trả lời được đưa ngay vào hàng đợi gửi.</translation>
    </message>
    <message>
        <source>Answers that wait for an editor&apos;s approval before they are sent:</source>
        <translation>Các trả lời phải chờ tổ biên tập duyệt trước khi gửi:</translation>
    </message>
    <message>
        <source>  %1 at %2 level (set by %3)</source>
        <translation>  %1 của đơn vị cấp %2 (do %3 đặt)</translation>
    </message>
    <message>
        <source>casedesk-cli approval set --category C --level L on|off
casedesk-cli approval list [--json]
Which answers wait for an editor&apos;s approval before they reach Zalo: a policy per category and level of the case&apos;s unit, off unless set. Editors&apos; own answers are never held. Administrators change it; in a shared database it holds for the whole province.</source>
        <translation>casedesk-cli approval set --category C --level L on|off
casedesk-cli approval list [--json]
Những trả lời phải chờ tổ biên tập duyệt trước khi gửi qua Zalo: quy định theo loại vụ việc và cấp của đơn vị đang giữ vụ việc, mặc định tắt. Trả lời của chính biên tập viên không phải chờ duyệt. Quản trị viên thay đổi quy định; với cơ sở dữ liệu dùng chung, quy định áp dụng cho cả tỉnh.</translation>
    </message>
    <message>
        <source>%1.</source>
        <translation>%1.</translation>
    </message>
    <message>
        <source>The level of the case&apos;s current unit: %1.</source>
        <translation>Cấp của đơn vị đang giữ vụ việc: %1.</translation>
    </message>
    <message>
        <source>approval: say what to do: set or list.</source>
        <translation>approval: cần nêu thao tác: set hoặc list.</translation>
    </message>
    <message>
        <source>approval set ends with on or off: approval set --category C --level L on.</source>
        <translation>approval set phải kết thúc bằng on hoặc off: approval set --category C --level L on.</translation>
    </message>
    <message>
        <source>approval set needs --category, one of %1 (not &quot;%2&quot;).</source>
        <translation>approval set cần --category, một trong %1 (không nhận &quot;%2&quot;).</translation>
    </message>
    <message>
        <source>approval set needs --level, one of %1 (not &quot;%2&quot;).</source>
        <translation>approval set cần --level, một trong %1 (không nhận &quot;%2&quot;).</translation>
    </message>
    <message>
        <source>Answers to %1 from %2-level units now wait for an editor&apos;s approval.</source>
        <translation>Từ nay trả lời về %1 của đơn vị cấp %2 phải chờ tổ biên tập duyệt.</translation>
    </message>
    <message>
        <source>Answers to %1 from %2-level units are sent without approval.</source>
        <translation>Từ nay trả lời về %1 của đơn vị cấp %2 được gửi không cần duyệt.</translation>
    </message>
    <message>
        <source>(It already was so: nothing changed.)</source>
        <translation>(Quy định đã như vậy: không có gì thay đổi.)</translation>
    </message>
</context>
<context>
    <name>casedesk::cli::AuditCommand</name>
    <message>
        <source>casedesk-cli audit verify [--anchor HASH:COUNT] [--json]
Checks the case history&apos;s hash chain: every event against its hash and the one before it, and the chain&apos;s head.
--anchor checks that the chain still holds an anchor printed earlier (the daily summary prints one).
Exit 1 names the first broken event.</source>
        <translation>casedesk-cli audit verify [--anchor HASH:COUNT] [--json]
Kiểm tra chuỗi mã băm của lịch sử xử lý: đối chiếu từng bản ghi với mã băm của nó và với bản ghi liền trước, và kiểm tra điểm cuối của chuỗi.
--anchor kiểm tra chuỗi vẫn chứa một mốc đối chiếu đã in trước đó (báo cáo tổng hợp ngày có in mốc này).
Khi phát hiện sai lệch, lệnh thoát với mã 1 và nêu bản ghi hỏng đầu tiên.</translation>
    </message>
    <message>
        <source>An anchor printed on a daily summary: HASH:COUNT.</source>
        <translation>Mốc đối chiếu in trên báo cáo tổng hợp ngày: HASH:COUNT.</translation>
    </message>
    <message>
        <source>audit: say what to do: &quot;verify&quot;.</source>
        <translation>audit: cần nêu thao tác: &quot;verify&quot;.</translation>
    </message>
    <message>
        <source>audit: unknown action &quot;%1&quot;; there is &quot;verify&quot;.</source>
        <translation>audit: không có thao tác &quot;%1&quot;; chỉ có &quot;verify&quot;.</translation>
    </message>
    <message>
        <source>audit verify takes no argument besides its options (&quot;%1&quot;).</source>
        <translation>audit verify không nhận tham số nào ngoài các tùy chọn (&quot;%1&quot;).</translation>
    </message>
    <message>
        <source>--anchor takes HASH:COUNT (64 hexadecimal digits, a colon, a number), as printed on a daily summary, not &quot;%1&quot;.</source>
        <translation>--anchor nhận HASH:COUNT (64 chữ số thập lục phân, dấu hai chấm, một số) như in trên báo cáo tổng hợp ngày, không nhận &quot;%1&quot;.</translation>
    </message>
    <message numerus="yes">
        <source>The case history is intact: %n event(s), each matching its hash and the one before it.</source>
        <translation>
            <numerusform>Lịch sử xử lý còn nguyên vẹn: %n bản ghi, bản ghi nào cũng khớp với mã băm của nó và với bản ghi liền trước.</numerusform>
        </translation>
    </message>
    <message>
        <source>Anchor now: %1</source>
        <translation>Mốc đối chiếu hiện tại: %1</translation>
    </message>
    <message>
        <source>The anchor %1 is on the chain.</source>
        <translation>Mốc đối chiếu %1 có trên chuỗi mã băm.</translation>
    </message>
</context>
<context>
    <name>casedesk::cli::CaseCommand</name>
    <message>
        <source>Add --confirm-billed to queue it anyway.</source>
        <translation>Thêm --confirm-billed nếu vẫn muốn đưa vào hàng đợi gửi.</translation>
    </message>
    <message>
        <source>Run &quot;casedesk-cli case show %1&quot; to see it, then add --confirm-changed.</source>
        <translation>Hãy chạy &quot;casedesk-cli case show %1&quot; để xem lại, sau đó thêm --confirm-changed.</translation>
    </message>
    <message>
        <source>URGENT</source>
        <translation>KHẨN</translation>
    </message>
    <message>
        <source>Status:     %1</source>
        <translation>Trạng thái:  %1</translation>
    </message>
    <message>
        <source>Unit:       %1</source>
        <translation>Đơn vị:      %1</translation>
    </message>
    <message>
        <source>From:       %1</source>
        <translation>Chuyển từ:   %1</translation>
    </message>
    <message>
        <source>Citizen:    %1</source>
        <translation>Người dân:   %1</translation>
    </message>
    <message>
        <source>Assignee:   %1</source>
        <translation>Người xử lý: %1</translation>
    </message>
    <message>
        <source>nobody</source>
        <translation>chưa giao</translation>
    </message>
    <message>
        <source>Opened:     %1   Due: %2</source>
        <translation>Tiếp nhận:   %1   Hạn trả lời: %2</translation>
    </message>
    <message>
        <source>Zalo:       %1</source>
        <translation>Zalo:        %1</translation>
    </message>
    <message>
        <source>Conversation:</source>
        <translation>Hội thoại:</translation>
    </message>
    <message>
        <source>citizen</source>
        <translation>người dân</translation>
    </message>
    <message>
        <source>unit</source>
        <translation>đơn vị</translation>
    </message>
    <message>
        <source>Outbox:</source>
        <translation>Hàng đợi gửi:</translation>
    </message>
    <message>
        <source>History:</source>
        <translation>Lịch sử xử lý:</translation>
    </message>
    <message>
        <source>The answer or note.</source>
        <translation>Nội dung trả lời hoặc ghi chú.</translation>
    </message>
    <message>
        <source>Quote this message of the citizen.</source>
        <translation>Trích dẫn tin nhắn này của người dân.</translation>
    </message>
    <message>
        <source>Queue the answer although it is billed (48 h – 7 days).</source>
        <translation>Vẫn đưa trả lời vào hàng đợi gửi dù có tính phí (48 giờ – 7 ngày).</translation>
    </message>
    <message>
        <source>Queue the answer although the case changed since it was last shown.</source>
        <translation>Vẫn đưa trả lời vào hàng đợi gửi dù vụ việc đã thay đổi kể từ lần xem trước.</translation>
    </message>
    <message>
        <source>crime_report, security_report, petition, procedure_question or other.</source>
        <translation>crime_report, security_report, petition, procedure_question hoặc other.</translation>
    </message>
    <message>
        <source>The officer (assign) or unit id (forward).</source>
        <translation>Cán bộ được giao (assign) hoặc mã đơn vị nhận (forward).</translation>
    </message>
    <message>
        <source>Also queue an acknowledgement with the case code for the citizen.</source>
        <translation>Đồng thời đưa vào hàng đợi gửi thông báo đã tiếp nhận, kèm mã vụ việc, cho người dân.</translation>
    </message>
    <message>
        <source>case: say what to do: %1.</source>
        <translation>case: cần nêu thao tác: %1.</translation>
    </message>
    <message>
        <source>case: unknown subcommand &quot;%1&quot;.</source>
        <translation>case: không có lệnh con &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>case %1 takes one case id or code.</source>
        <translation>case %1 cần đúng một số hiệu hoặc mã vụ việc.</translation>
    </message>
    <message>
        <source>case %1 needs --%2.</source>
        <translation>case %1 cần --%2.</translation>
    </message>
    <message>
        <source>Unknown category &quot;%1&quot;: use one of %2.</source>
        <translation>Không có loại &quot;%1&quot;: hãy dùng một trong các loại %2.</translation>
    </message>
    <message>
        <source>Answer queued for %1 (outbox #%2); the sync service sends it.</source>
        <translation>Đã đưa trả lời cho %1 vào hàng đợi gửi (#%2); dịch vụ đồng bộ sẽ gửi đi.</translation>
    </message>
    <message>
        <source>%1 is now: %2.</source>
        <translation>%1 nay thuộc loại: %2.</translation>
    </message>
    <message>
        <source>%1 is assigned to %2.</source>
        <translation>%1 đã được giao cho %2.</translation>
    </message>
    <message>
        <source>Note added to %1 (internal, never sent).</source>
        <translation>Đã thêm ghi chú nội bộ vào %1 (không gửi cho người dân).</translation>
    </message>
    <message>
        <source>%1 forwarded to %2.</source>
        <translation>Đã chuyển %1 đến %2.</translation>
    </message>
    <message>
        <source>Acknowledgement queued (outbox #%1).</source>
        <translation>Đã đưa thông báo tiếp nhận vào hàng đợi gửi (#%1).</translation>
    </message>
    <message>
        <source>%1 escalated to %2.</source>
        <translation>Đã báo cáo %1 lên %2.</translation>
    </message>
    <message>
        <source>%1 accepted by %2.</source>
        <translation>%2 đã tiếp nhận %1.</translation>
    </message>
    <message>
        <source>%1 returned to %2.</source>
        <translation>Đã trả lại %1 cho %2.</translation>
    </message>
    <message>
        <source>%1 closed.</source>
        <translation>Đã đóng vụ việc %1.</translation>
    </message>
    <message>
        <source>%1 reopened.</source>
        <translation>Đã mở lại vụ việc %1.</translation>
    </message>
    <message>
        <source>Why (forward, escalate, return, reveal; optional for close and reopen).</source>
        <translation>Lý do (bắt buộc với forward, escalate, return, reveal; không bắt buộc với close và reopen).</translation>
    </message>
    <message>
        <source>The reporter of %1 (this reveal is recorded in the case history with your reason):</source>
        <translation>Người tố giác trong vụ việc %1 (lần xem danh tính này được ghi vào lịch sử xử lý cùng lý do của bạn):</translation>
    </message>
    <message>
        <source>Name:       %1</source>
        <translation>Họ tên:         %1</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(không có tên)</translation>
    </message>
    <message>
        <source>Zalo id:    %1 (at account %2)</source>
        <translation>Zalo ID:        %1 (tại trang Zalo %2)</translation>
    </message>
    <message>
        <source>Avatar:     %1</source>
        <translation>Ảnh đại diện:   %1</translation>
    </message>
    <message>
        <source>casedesk-cli case show ID [--json]
casedesk-cli case reply ID --text T [--quote MESSAGE_ID] [--confirm-billed] [--confirm-changed]
casedesk-cli case categorize ID --category C
casedesk-cli case assign ID --to OFFICER
casedesk-cli case note ID --text T
casedesk-cli case forward ID --to UNIT --reason T [--acknowledge] [--confirm-billed]
casedesk-cli case escalate ID --reason T
casedesk-cli case accept ID
casedesk-cli case return ID --reason T
casedesk-cli case close ID [--reason T]
casedesk-cli case reopen ID [--reason T]
casedesk-cli case reveal ID --reason T
casedesk-cli case approve ID --answer OUTBOX_ID [--text T] [--confirm-billed]
casedesk-cli case reject-answer ID --answer OUTBOX_ID --reason T
ID is the case&apos;s number or its code (TV-2026-000123).</source>
        <translation>casedesk-cli case show ID [--json]
casedesk-cli case reply ID --text T [--quote MESSAGE_ID] [--confirm-billed] [--confirm-changed]
casedesk-cli case categorize ID --category C
casedesk-cli case assign ID --to OFFICER
casedesk-cli case note ID --text T
casedesk-cli case forward ID --to UNIT --reason T [--acknowledge] [--confirm-billed]
casedesk-cli case escalate ID --reason T
casedesk-cli case accept ID
casedesk-cli case return ID --reason T
casedesk-cli case close ID [--reason T]
casedesk-cli case reopen ID [--reason T]
casedesk-cli case reveal ID --reason T
casedesk-cli case approve ID --answer OUTBOX_ID [--text T] [--confirm-billed]
casedesk-cli case reject-answer ID --answer OUTBOX_ID --reason T
ID là số hiệu hoặc mã vụ việc (TV-2026-000123).</translation>
    </message>
    <message>
        <source>The held answer (its outbox number in case show) to approve or send back.</source>
        <translation>Trả lời đang chờ duyệt (số của nó trong hàng đợi gửi, xem case show) cần duyệt hoặc trả lại.</translation>
    </message>
    <message>
        <source>--answer takes the answer&apos;s outbox number (see case show), not &quot;%1&quot;.</source>
        <translation>--answer nhận số của trả lời trong hàng đợi gửi (xem case show), không nhận &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>--text is empty: leave it out to approve the answer as written.</source>
        <translation>--text đang trống: bỏ tùy chọn này nếu duyệt nguyên văn trả lời.</translation>
    </message>
    <message>
        <source>Answer for %1 (outbox #%2) waits for an editor&apos;s approval: it is sent once approved.</source>
        <translation>Trả lời cho %1 (hàng đợi gửi #%2) đang chờ tổ biên tập duyệt: được duyệt mới gửi đi.</translation>
    </message>
    <message>
        <source>Answer %1 of %2 approved with your changes; the sync service sends it.</source>
        <translation>Đã duyệt trả lời %1 của %2 với nội dung bạn sửa; dịch vụ đồng bộ sẽ gửi đi.</translation>
    </message>
    <message>
        <source>Answer %1 of %2 approved; the sync service sends it.</source>
        <translation>Đã duyệt trả lời %1 của %2; dịch vụ đồng bộ sẽ gửi đi.</translation>
    </message>
    <message>
        <source>Answer %1 of %2 sent back with your reason: it will not be sent, and the case waits for a new answer.</source>
        <translation>Đã trả lại trả lời %1 của %2 kèm lý do của bạn: trả lời này không được gửi, vụ việc chờ trả lời mới.</translation>
    </message>
</context>
<context>
    <name>casedesk::cli::ClassifyCommand</name>
    <message>
        <source>casedesk-cli classify [--json]
Reads one message a line on standard input and writes one line per message, in order: its category, confidence, urgency and the suggested competent unit.</source>
        <translation>casedesk-cli classify [--json]
Đọc tin nhắn từ đầu vào chuẩn, mỗi dòng một tin nhắn, và ghi ra mỗi tin nhắn một dòng, đúng thứ tự: loại, độ tin cậy, mức khẩn và đơn vị có thẩm quyền được gợi ý.</translation>
    </message>
    <message>
        <source>classify takes no argument: it reads messages from standard input, one a line.</source>
        <translation>classify không nhận tham số: lệnh đọc tin nhắn từ đầu vào chuẩn, mỗi dòng một tin nhắn.</translation>
    </message>
    <message>
        <source>urgent</source>
        <translation>khẩn</translation>
    </message>
    <message>
        <source>-</source>
        <translation>-</translation>
    </message>
    <message>
        <source>The triage model is missing from this build; reinstall CaseDesk.</source>
        <translation>Bản cài đặt này thiếu mô hình phân loại; hãy cài lại CaseDesk.</translation>
    </message>
</context>
<context>
    <name>casedesk::cli::CliContext</name>
    <message>
        <source>Data folder (default: the platform&apos;s app-data folder).</source>
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
        <source>--lang takes vi or en, not &quot;%1&quot;.</source>
        <translation>--lang nhận vi hoặc en, không nhận &quot;%1&quot;.</translation>
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
        <source>Run &quot;casedesk-cli --help&quot; for usage.</source>
        <translation>Chạy &quot;casedesk-cli --help&quot; để xem cách dùng.</translation>
    </message>
    <message>
        <source>The province&apos;s PostgreSQL database instead of the data folder&apos;s file: postgresql://HOST:PORT/DB (also CASEDESK_DATABASE; no password in it: ~/.pgpass).</source>
        <translation>Cơ sở dữ liệu PostgreSQL của tỉnh thay cho tệp của thư mục dữ liệu: postgresql://HOST:PORT/DB (hoặc biến CASEDESK_DATABASE; không ghi mật khẩu vào địa chỉ: dùng ~/.pgpass).</translation>
    </message>
    <message>
        <source>Sign in as this officer (who acts, as recorded in case histories).</source>
        <translation>Đăng nhập với tên cán bộ này (người thao tác, được ghi vào lịch sử xử lý).</translation>
    </message>
    <message>
        <source>The officer&apos;s password: the first line of FILE, or of standard input with - (also CASEDESK_PASSWORD; else asked on the terminal).</source>
        <translation>Mật khẩu của cán bộ: dòng đầu của TỆP, hoặc của đầu vào chuẩn với - (hoặc biến CASEDESK_PASSWORD; nếu không sẽ hỏi trên màn hình dòng lệnh).</translation>
    </message>
    <message>
        <source>Standard input ended before the line that was to be read from it.</source>
        <translation>Đầu vào chuẩn đã hết trước dòng cần đọc.</translation>
    </message>
    <message>
        <source>The %1 file %2 cannot be read: %3</source>
        <translation>Không đọc được tệp chứa %1 (%2): %3</translation>
    </message>
    <message>
        <source>Warning: sign-in is not enabled in this data folder, so whoever uses this computer sees every case. Add an administrator: casedesk-cli officers add --name NAME --role admin --unit ID --new-password-file -</source>
        <translation>Cảnh báo: thư mục dữ liệu này chưa bật đăng nhập, ai dùng máy này cũng xem được mọi vụ việc. Hãy thêm quản trị viên: casedesk-cli officers add --name TÊN --role admin --unit MÃ --new-password-file -</translation>
    </message>
    <message>
        <source>Sign in: name the officer with --officer NAME (and the password with --password-file FILE|-, CASEDESK_PASSWORD or on the terminal).</source>
        <translation>Đăng nhập: cho biết tên cán bộ bằng --officer TÊN (và mật khẩu bằng --password-file TỆP|-, biến CASEDESK_PASSWORD hoặc nhập trên màn hình dòng lệnh).</translation>
    </message>
    <message>
        <source>password</source>
        <translation>mật khẩu</translation>
    </message>
    <message>
        <source>Password of %1: </source>
        <translation>Mật khẩu của %1: </translation>
    </message>
    <message>
        <source>Sign in: no password for %1. Give it with --password-file FILE|- or CASEDESK_PASSWORD.</source>
        <translation>Đăng nhập: chưa có mật khẩu của %1. Hãy cung cấp bằng --password-file TỆP|- hoặc biến CASEDESK_PASSWORD.</translation>
    </message>
    <message>
        <source>The province&apos;s database has no officers yet: its administrator makes the first one with casedesk-cli database init --admin NAME.</source>
        <translation>Cơ sở dữ liệu của tỉnh chưa có cán bộ nào: quản trị viên tạo cán bộ đầu tiên bằng casedesk-cli database init --admin TÊN.</translation>
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
        <source>&quot;casedesk-cli COMMAND --help&quot; describes one command.</source>
        <translation>&quot;casedesk-cli LỆNH --help&quot; mô tả một lệnh.</translation>
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
        <source>Unknown command &quot;%1&quot;.</source>
        <translation>Không có lệnh &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Connect units&apos; Zalo accounts or list them.</source>
        <translation>Kết nối hoặc liệt kê trang Zalo của các đơn vị.</translation>
    </message>
    <message>
        <source>Copy every connected unit&apos;s Zalo inbox into the data folder.</source>
        <translation>Đồng bộ hộp thư Zalo của mọi đơn vị đã kết nối về thư mục dữ liệu.</translation>
    </message>
    <message>
        <source>List the triage queue: filter by category, level, unit, status, officer or words.</source>
        <translation>Liệt kê hàng đợi vụ việc: lọc theo loại, cấp, đơn vị, trạng thái, cán bộ hoặc từ ngữ.</translation>
    </message>
    <message>
        <source>Sort messages read from standard input into categories, one line each.</source>
        <translation>Phân loại tin nhắn đọc từ đầu vào chuẩn, mỗi dòng một tin nhắn.</translation>
    </message>
    <message>
        <source>Play Zalo (OA API and OAuth) on this computer for demos, training and tests.</source>
        <translation>Giả lập Zalo (OA API và OAuth) trên máy này để trình diễn, tập huấn và kiểm thử.</translation>
    </message>
    <message>
        <source>Check that the case history was not changed (its hash chain).</source>
        <translation>Kiểm tra lịch sử xử lý có bị sửa đổi không (chuỗi mã băm).</translation>
    </message>
    <message>
        <source>The province&apos;s PostgreSQL database: init, migrate-to (move a folder in), settings.</source>
        <translation>Cơ sở dữ liệu PostgreSQL của tỉnh: init (khởi tạo), migrate-to (chuyển một thư mục dữ liệu vào), settings (thiết lập chung).</translation>
    </message>
    <message>
        <source>Who may sign in: add, list, disable officers, set a password.</source>
        <translation>Ai được đăng nhập: thêm, liệt kê, vô hiệu hóa cán bộ, đặt mật khẩu.</translation>
    </message>
    <message>
        <source>Show one case or act on it: reply, categorize, assign, note, forward, escalate, accept, return, close, reopen, reveal, approve, reject-answer.</source>
        <translation>Xem một vụ việc hoặc xử lý: reply, categorize, assign, note, forward, escalate, accept, return, close, reopen, reveal, approve, reject-answer.</translation>
    </message>
    <message>
        <source>Which answers wait for an editor&apos;s approval: set per category and level, list.</source>
        <translation>Những trả lời phải chờ tổ biên tập duyệt: đặt theo loại và cấp, liệt kê.</translation>
    </message>
    <message>
        <source>Write the daily summary or a period report (PDF, HTML, JSON, CSV) of a unit.</source>
        <translation>Xuất báo cáo tổng hợp ngày hoặc báo cáo theo kỳ (PDF, HTML, JSON, CSV) của một đơn vị.</translation>
    </message>
</context>
<context>
    <name>casedesk::cli::DatabaseCommand</name>
    <message>
        <source>database init works on the province&apos;s server: give its address with --database URL (or CASEDESK_DATABASE). A single PC&apos;s file needs no init: CaseDesk creates and upgrades it.</source>
        <translation>database init làm việc trên máy chủ của tỉnh: hãy cho địa chỉ bằng --database URL (hoặc biến CASEDESK_DATABASE). Tệp của một máy tính không cần init: CaseDesk tự tạo và nâng cấp tệp đó.</translation>
    </message>
    <message>
        <source>Cannot load the shipped unit tree: %1</source>
        <translation>Không nạp được cây đơn vị kèm theo chương trình: %1</translation>
    </message>
    <message>
        <source>The database is at schema %1 already; %2 units (%3 added).</source>
        <translation>Cơ sở dữ liệu đã ở lược đồ %1; %2 đơn vị (thêm mới %3).</translation>
    </message>
    <message>
        <source>The database was upgraded from schema %1 to %2; %3 units (%4 added).</source>
        <translation>Cơ sở dữ liệu đã được nâng cấp từ lược đồ %1 lên %2; %3 đơn vị (thêm mới %4).</translation>
    </message>
    <message>
        <source>The data folder %1 was NOT moved into %2: the counts below differ, and the database was left as it was.</source>
        <translation>Thư mục dữ liệu %1 CHƯA được chuyển vào %2: các số đếm dưới đây không khớp, và cơ sở dữ liệu được giữ nguyên.</translation>
    </message>
    <message>
        <source>The data folder %1 moved into %2 with the prefix %3.</source>
        <translation>Thư mục dữ liệu %1 đã được chuyển vào %2 với tiền tố %3.</translation>
    </message>
    <message>
        <source>The data folder %1 was moved into %2 before (prefix %3, %4); nothing new to copy.</source>
        <translation>Thư mục dữ liệu %1 đã được chuyển vào %2 trước đây (tiền tố %3, %4); không có gì mới để sao chép.</translation>
    </message>
    <message>
        <source>The data folder %1 was moved into %2 before (prefix %3, %4); what it gained since was copied.</source>
        <translation>Thư mục dữ liệu %1 đã được chuyển vào %2 trước đây (tiền tố %3, %4); phần phát sinh từ đó đến nay đã được sao chép.</translation>
    </message>
    <message>
        <source>rows</source>
        <translation>dòng</translation>
    </message>
    <message>
        <source>folder</source>
        <translation>thư mục</translation>
    </message>
    <message>
        <source>database</source>
        <translation>cơ sở dữ liệu</translation>
    </message>
    <message>
        <source>copied now</source>
        <translation>vừa sao chép</translation>
    </message>
    <message>
        <source>&lt;- differs</source>
        <translation>&lt;- không khớp</translation>
    </message>
    <message>
        <source>The folder&apos;s history was verified before the copy: anchor %1.</source>
        <translation>Lịch sử xử lý của thư mục đã được kiểm tra trước khi sao chép: mốc đối chiếu %1.</translation>
    </message>
    <message>
        <source>Its events were appended to the database&apos;s own history; the move itself is event %1 there.</source>
        <translation>Các bản ghi của thư mục đã được nối vào lịch sử xử lý của cơ sở dữ liệu; việc chuyển là bản ghi %1 ở đó.</translation>
    </message>
    <message>
        <source>Moved cases are coded %1-&lt;old code&gt;; their old codes still find them (casedesk-cli --database URL case show OLD-CODE).</source>
        <translation>Vụ việc đã chuyển mang mã %1-&lt;mã cũ&gt;; vẫn tìm được chúng bằng mã cũ (casedesk-cli --database URL case show MÃ-CŨ).</translation>
    </message>
    <message>
        <source>From now on this folder&apos;s work is in the database: casedesk-cli --database %1 …; &quot;sync&quot; on the folder is refused.</source>
        <translation>Từ nay công việc của thư mục này nằm trong cơ sở dữ liệu: casedesk-cli --database %1 …; lệnh &quot;sync&quot; trên thư mục sẽ bị từ chối.</translation>
    </message>
    <message>
        <source>database migrate-to moves the folder into the database it names (%1); leave out --database, or give the same address.</source>
        <translation>database migrate-to chuyển thư mục vào cơ sở dữ liệu được chỉ định (%1); hãy bỏ --database, hoặc cho cùng một địa chỉ.</translation>
    </message>
    <message>
        <source>There is no CaseDesk data in %1 (no casedesk.sqlite there), so there is nothing to move: give the data folder with --data-dir.</source>
        <translation>Không có dữ liệu CaseDesk trong %1 (không có casedesk.sqlite), nên không có gì để chuyển: hãy chỉ thư mục dữ liệu bằng --data-dir.</translation>
    </message>
    <message>
        <source>This data folder was moved into %1 on %2 (prefix %3); it is not moved again into another database.</source>
        <translation>Thư mục dữ liệu này đã được chuyển vào %1 lúc %2 (tiền tố %3); không chuyển lại vào cơ sở dữ liệu khác.</translation>
    </message>
    <message>
        <source>The counts differ for: %1. Nothing was changed in the database; the folder was left as it was.</source>
        <translation>Số đếm không khớp ở: %1. Cơ sở dữ liệu không bị thay đổi gì; thư mục được giữ nguyên.</translation>
    </message>
    <message>
        <source>The folder moved into the database, but it cannot be marked as moved (%1): do not sync it any more, and run this command again to mark it.</source>
        <translation>Thư mục đã được chuyển vào cơ sở dữ liệu nhưng không đánh dấu được là đã chuyển (%1): đừng đồng bộ thư mục này nữa, và chạy lại lệnh này để đánh dấu.</translation>
    </message>
    <message>
        <source>A unit tree file (JSON) to load instead of the shipped one.</source>
        <translation>Tệp cây đơn vị (JSON) để nạp thay cho cây kèm theo chương trình.</translation>
    </message>
    <message>
        <source>migrate-to: the prefix of the moved cases&apos; codes, capital letters and digits (default: the unit of the folder&apos;s accounts, else the folder&apos;s name).</source>
        <translation>migrate-to: tiền tố của mã các vụ việc được chuyển, gồm chữ in hoa và chữ số (mặc định: đơn vị của các trang Zalo trong thư mục, nếu không có thì tên thư mục).</translation>
    </message>
    <message>
        <source>database init takes no argument besides its options (&quot;%1&quot;).</source>
        <translation>database init không nhận tham số nào ngoài các tùy chọn (&quot;%1&quot;).</translation>
    </message>
    <message>
        <source>--prefix belongs to database migrate-to.</source>
        <translation>--prefix chỉ dùng với database migrate-to.</translation>
    </message>
    <message>
        <source>database migrate-to takes the address of the province&apos;s database: database migrate-to postgresql://HOST:PORT/DATABASE.</source>
        <translation>database migrate-to nhận địa chỉ cơ sở dữ liệu của tỉnh: database migrate-to postgresql://HOST:PORT/DATABASE.</translation>
    </message>
    <message>
        <source>--units belongs to database init.</source>
        <translation>--units chỉ dùng với database init.</translation>
    </message>
    <message>
        <source>database: say what to do: &quot;init&quot;, &quot;migrate-to URL&quot; or &quot;settings&quot;.</source>
        <translation>database: hãy nói việc cần làm: &quot;init&quot;, &quot;migrate-to URL&quot; hoặc &quot;settings&quot;.</translation>
    </message>
    <message>
        <source>database settings takes no argument besides its options (&quot;%1&quot;).</source>
        <translation>database settings không nhận đối số nào ngoài các tùy chọn (&quot;%1&quot;).</translation>
    </message>
    <message>
        <source>database: unknown action &quot;%1&quot;; there are &quot;init&quot;, &quot;migrate-to&quot; and &quot;settings&quot;.</source>
        <translation>database: không có thao tác &quot;%1&quot;; có &quot;init&quot;, &quot;migrate-to&quot; và &quot;settings&quot;.</translation>
    </message>
    <message>
        <source>Privileges granted to the roles %1 (officers: no access to the tokens; sync hosts: all they need).</source>
        <translation>Đã cấp quyền cho các vai trò %1 (cán bộ: không truy cập được token; máy đồng bộ: đủ quyền cần thiết).</translation>
    </message>
    <message>
        <source>database sync-key takes no argument besides its options (&quot;%1&quot;).</source>
        <translation>database sync-key không nhận đối số nào ngoài các tùy chọn (&quot;%1&quot;).</translation>
    </message>
    <message>
        <source>The data folder&apos;s accounts cannot be read: %1</source>
        <translation>Không đọc được các trang Zalo của thư mục dữ liệu: %1</translation>
    </message>
    <message>
        <source>The Zalo tokens of the account %1 cannot be read, so nothing was moved: %2</source>
        <translation>Không đọc được mã truy cập Zalo của trang %1, nên chưa chuyển gì: %2</translation>
    </message>
    <message>
        <source>The Zalo tokens of the account %1 cannot be read here (%2): they stay on this PC; run this command again where they can be read to move them into the database.</source>
        <translation>Không đọc được mã truy cập Zalo của trang %1 ở đây (%2): chúng vẫn ở trên máy này; hãy chạy lại lệnh này ở nơi đọc được chúng để chuyển vào cơ sở dữ liệu.</translation>
    </message>
    <message>
        <source>The folder&apos;s Zalo tokens move into the database encrypted with its sync key, and nothing was moved: %1</source>
        <translation>Mã truy cập Zalo của thư mục được chuyển vào cơ sở dữ liệu dưới dạng mã hóa bằng khóa đồng bộ của nó, và chưa có gì được chuyển: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n account(s)&apos; Zalo tokens moved into the database, encrypted with its sync key; they are deleted from this PC.</source>
        <translation>
            <numerusform>Đã chuyển mã truy cập Zalo của %n trang vào cơ sở dữ liệu, mã hóa bằng khóa đồng bộ của nó; chúng đã bị xóa khỏi máy này.</numerusform>
        </translation>
    </message>
    <message>
        <source>No Zalo tokens of the folder&apos;s accounts were left on this PC (keychain or secrets file) to move into the database.</source>
        <translation>Trên máy này (kho khóa hoặc tệp bí mật) không còn mã truy cập Zalo nào của các trang của thư mục để chuyển vào cơ sở dữ liệu.</translation>
    </message>
    <message>
        <source>The Zalo tokens of the account %1 are in the database, but they cannot be deleted from this PC&apos;s %2: %3</source>
        <translation>Mã truy cập Zalo của trang %1 đã ở trong cơ sở dữ liệu, nhưng không xóa được khỏi %2 của máy này: %3</translation>
    </message>
    <message>
        <source>Run this command again to delete the tokens left on this PC (%1): the database keeps its own.</source>
        <translation>Hãy chạy lại lệnh này để xóa các mã truy cập còn lại trên máy này (%1): cơ sở dữ liệu giữ bản của riêng nó.</translation>
    </message>
    <message>
        <source>The first administrator was not made: this server cannot make officers&apos; logins yet (%1).</source>
        <translation>Chưa tạo được quản trị viên đầu tiên: máy chủ này chưa tạo được tài khoản đăng nhập của cán bộ (%1).</translation>
    </message>
    <message>
        <source>The database has officers already: an administrator adds more with casedesk-cli officers add.</source>
        <translation>Cơ sở dữ liệu đã có cán bộ: quản trị viên thêm cán bộ bằng casedesk-cli officers add.</translation>
    </message>
    <message>
        <source>database init --admin needs the administrator&apos;s password: --new-password-file FILE|-.</source>
        <translation>database init --admin cần mật khẩu của quản trị viên: --new-password-file TỆP|-.</translation>
    </message>
    <message>
        <source>new password</source>
        <translation>mật khẩu mới</translation>
    </message>
    <message>
        <source>The first administrator needs a unit: --admin-unit ID.</source>
        <translation>Quản trị viên đầu tiên cần có đơn vị: --admin-unit MÃ.</translation>
    </message>
    <message>
        <source>The first administrator was not made: %1</source>
        <translation>Chưa tạo được quản trị viên đầu tiên: %1</translation>
    </message>
    <message>
        <source>%1 is the province&apos;s first administrator; they sign in with their own password as the server&apos;s login cd_%2.</source>
        <translation>%1 là quản trị viên đầu tiên của tỉnh; đăng nhập bằng mật khẩu riêng với tài khoản máy chủ cd_%2.</translation>
    </message>
    <message>
        <source>casedesk-cli --database URL database init [--units FILE] [--admin NAME [--admin-unit ID] --new-password-file FILE|-] [--json]
Creates or upgrades the schema of the province&apos;s PostgreSQL database and loads the unit tree (the shipped one, or FILE). Only this command changes a server&apos;s schema: every PC refuses a database whose schema is older or newer than its own.
casedesk-cli --data-dir DIR database migrate-to URL [--prefix P] [--json]
Moves the data folder DIR (this PC&apos;s file) into the province&apos;s database at URL, in one transaction: its cases get the codes P-&lt;old code&gt; (the old codes still find them), its history is verified and appended to the database&apos;s, and the rows are counted on both sides. The accounts&apos; Zalo tokens move too, encrypted with the database&apos;s sync key (this PC must hold it: a sync host), and are then deleted from this PC&apos;s keychain or --secrets-file. Running it again copies only what is new. The folder is then marked as moved, and sync refuses it.
casedesk-cli --database URL database settings [--holidays FILE] [--competent-units FILE] [--deadlines FILE] [--auto-close-days N] [--json]
Stores what every PC and sync host of the province decides alike (each file checked before anything is stored) and prints what the province has.</source>
        <translation>casedesk-cli --database URL database init [--units TỆP] [--admin TÊN [--admin-unit MÃ] --new-password-file TỆP|-] [--json]
Tạo hoặc nâng cấp lược đồ của cơ sở dữ liệu PostgreSQL của tỉnh và nạp cây đơn vị (cây kèm theo chương trình, hoặc FILE). Chỉ lệnh này thay đổi lược đồ của máy chủ: mọi máy đều từ chối một cơ sở dữ liệu có lược đồ cũ hơn hoặc mới hơn của mình.
casedesk-cli --data-dir DIR database migrate-to URL [--prefix P] [--json]
Chuyển thư mục dữ liệu DIR (tệp của máy này) vào cơ sở dữ liệu của tỉnh tại URL, trong một giao dịch: các vụ việc nhận mã P-&lt;mã cũ&gt; (mã cũ vẫn tìm được), lịch sử được kiểm tra rồi nối vào lịch sử của cơ sở dữ liệu, và số dòng được đếm ở cả hai bên. Mã truy cập Zalo của các trang cũng được chuyển, mã hóa bằng khóa đồng bộ của cơ sở dữ liệu (máy này phải giữ khóa: một máy đồng bộ), rồi bị xóa khỏi kho khóa hoặc --secrets-file của máy này. Chạy lại chỉ chép những gì mới. Sau đó thư mục được đánh dấu là đã chuyển, và lệnh sync từ chối nó.
casedesk-cli --database URL database settings [--holidays FILE] [--competent-units FILE] [--deadlines FILE] [--auto-close-days N] [--json]
Lưu những gì mọi máy và máy đồng bộ của tỉnh quyết định như nhau (mỗi tệp được kiểm tra trước khi lưu bất cứ điều gì) và in những thiết lập tỉnh đang có.</translation>
    </message>
    <message>
        <source>init: make the province&apos;s first administrator, with a login of their own.</source>
        <translation>init: tạo quản trị viên đầu tiên của tỉnh, với tài khoản đăng nhập riêng.</translation>
    </message>
    <message>
        <source>init: the first administrator&apos;s unit (default: the province).</source>
        <translation>init: đơn vị của quản trị viên đầu tiên (mặc định: Công an tỉnh).</translation>
    </message>
    <message>
        <source>init: the first administrator&apos;s password: the first line of FILE, or of standard input with -.</source>
        <translation>init: mật khẩu của quản trị viên đầu tiên: dòng đầu của TỆP, hoặc của đầu vào chuẩn với -.</translation>
    </message>
</context>
<context>
    <name>casedesk::cli::DemoCommand</name>
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
        <source>Seed of the simulated citizens (default 1).</source>
        <translation>Giá trị khởi tạo ngẫu nhiên cho người dân giả lập (mặc định 1).</translation>
    </message>
    <message>
        <source>Messages of history per account (default 40).</source>
        <translation>Số tin nhắn lịch sử của mỗi trang Zalo (mặc định 40).</translation>
    </message>
    <message>
        <source>--seed takes a whole number and --history a number of messages from 0 to 5000.</source>
        <translation>--seed nhận một số nguyên, --history nhận số tin nhắn từ 0 đến 5000.</translation>
    </message>
    <message>
        <source>Zalo simulator listening on %1 with %2 accounts.</source>
        <translation>Trình giả lập Zalo đang chạy tại %1 với %2 trang Zalo.</translation>
    </message>
    <message>
        <source>Connected %1 Zalo accounts (secrets in %2).</source>
        <translation>Đã kết nối %1 trang Zalo (mã truy cập lưu tại %2).</translation>
    </message>
    <message>
        <source>Synced %1 messages into %2 cases (%3 open, %4 urgent) in %5 s.</source>
        <translation>Đã đồng bộ %1 tin nhắn thành %2 vụ việc (%3 đang mở, %4 khẩn) trong %5 giây.</translation>
    </message>
    <message>
        <source>casedesk-cli demo [--data-dir DIR] [--seed S] [--history N]
Starts the Zalo simulator with every unit of the shipped tree, connects each unit&apos;s account to a new data folder (without --data-dir: a new casedesk-demo-XXXXXX folder in the temporary folder), syncs once and says what it did.</source>
        <translation>casedesk-cli demo [--data-dir DIR] [--seed S] [--history N]
Khởi động trình giả lập Zalo với mọi đơn vị trong cây đơn vị kèm theo chương trình, kết nối trang Zalo của từng đơn vị vào một thư mục dữ liệu mới (không có --data-dir: một thư mục mới casedesk-demo-XXXXXX trong thư mục tạm), đồng bộ một lần và cho biết kết quả.</translation>
    </message>
    <message>
        <source>Look at it with: casedesk-cli queue --data-dir %1</source>
        <translation>Xem bằng lệnh: casedesk-cli queue --data-dir %1</translation>
    </message>
    <message>
        <source>Open it in the window, which plays the Zalo simulator again and keeps syncing: casedesk --data-dir %1</source>
        <translation>Mở trong cửa sổ (trình giả lập Zalo chạy lại và tiếp tục đồng bộ): casedesk --data-dir %1</translation>
    </message>
</context>
<context>
    <name>casedesk::cli::OfficersCommand</name>
    <message>
        <source>Give the new password with --new-password-file FILE|- (never on the command line).</source>
        <translation>Hãy cung cấp mật khẩu mới bằng --new-password-file TỆP|- (không bao giờ ghi trên dòng lệnh).</translation>
    </message>
    <message>
        <source>new password</source>
        <translation>mật khẩu mới</translation>
    </message>
    <message>
        <source>officers add needs --name NAME.</source>
        <translation>officers add cần --name TÊN.</translation>
    </message>
    <message>
        <source>--role takes one or more of %1, separated by commas, not &quot;%2&quot;.</source>
        <translation>--role nhận một hoặc nhiều giá trị trong %1, cách nhau bằng dấu phẩy, không nhận &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>officers add needs --unit ID (see casedesk-cli units list).</source>
        <translation>officers add cần --unit MÃ (xem casedesk-cli units list).</translation>
    </message>
    <message>
        <source>The first officer of a data folder must be an administrator (--role admin, possibly with a case role: admin,editor). Nothing was changed.</source>
        <translation>Cán bộ đầu tiên của thư mục dữ liệu phải là quản trị viên (--role admin, có thể kèm một vai trò xử lý vụ việc: admin,editor). Không có gì bị thay đổi.</translation>
    </message>
    <message>
        <source>The officer was not added: %1</source>
        <translation>Chưa thêm được cán bộ: %1</translation>
    </message>
    <message>
        <source>%1 is now an officer of unit %2: %3%4.</source>
        <translation>%1 nay là cán bộ của đơn vị %2: %3%4.</translation>
    </message>
    <message>
        <source>, may reveal informants</source>
        <translation>, được xem danh tính người tố giác</translation>
    </message>
    <message>
        <source>Sign-in is now enabled: every command and the window ask who you are.</source>
        <translation>Đã bật đăng nhập: mọi lệnh và cửa sổ chương trình đều hỏi bạn là ai.</translation>
    </message>
    <message>
        <source>No officers: sign-in is not enabled in this data folder.</source>
        <translation>Chưa có cán bộ nào: thư mục dữ liệu này chưa bật đăng nhập.</translation>
    </message>
    <message>
        <source>enabled</source>
        <translation>đang hoạt động</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>đã vô hiệu hóa</translation>
    </message>
    <message>
        <source>locked until %1</source>
        <translation>bị khóa đến %1</translation>
    </message>
    <message>
        <source>may reveal informants</source>
        <translation>được xem danh tính người tố giác</translation>
    </message>
    <message>
        <source>%1 Nothing was changed.</source>
        <translation>%1 Không có gì bị thay đổi.</translation>
    </message>
    <message>
        <source>%1 is disabled: they can no longer sign in; their history stays.</source>
        <translation>Đã vô hiệu hóa %1: cán bộ này không đăng nhập được nữa; lịch sử xử lý vẫn được giữ.</translation>
    </message>
    <message>
        <source>The password was not changed: %1</source>
        <translation>Chưa đổi được mật khẩu: %1</translation>
    </message>
    <message>
        <source>The password of %1 is changed.</source>
        <translation>Đã đổi mật khẩu của %1.</translation>
    </message>
    <message>
        <source>casedesk-cli officers add --name NAME --role ROLE[,ROLE] --unit ID [--can-reveal] --new-password-file FILE|-
casedesk-cli officers list [--json]
casedesk-cli officers disable NAME
casedesk-cli officers password NAME --new-password-file FILE|-
Who may sign in, with which roles (%1) and unit. The first officer of a data folder is an administrator and is added without signing in; after that every command needs sign-in, and only an administrator manages officers.</source>
        <translation>casedesk-cli officers add --name TÊN --role VAI_TRÒ[,VAI_TRÒ] --unit MÃ [--can-reveal] --new-password-file TỆP|-
casedesk-cli officers list [--json]
casedesk-cli officers disable TÊN
casedesk-cli officers password TÊN --new-password-file TỆP|-
Ai được đăng nhập, với vai trò nào (%1) và thuộc đơn vị nào. Cán bộ đầu tiên của thư mục dữ liệu là quản trị viên và được thêm mà không cần đăng nhập; sau đó mọi lệnh đều cần đăng nhập, và chỉ quản trị viên mới quản lý cán bộ.</translation>
    </message>
    <message>
        <source>officers add: the officer&apos;s name as shown in histories.</source>
        <translation>officers add: tên cán bộ như hiển thị trong lịch sử xử lý.</translation>
    </message>
    <message>
        <source>officers add: one or more roles, separated by commas.</source>
        <translation>officers add: một hoặc nhiều vai trò, cách nhau bằng dấu phẩy.</translation>
    </message>
    <message>
        <source>officers add: the officer&apos;s unit.</source>
        <translation>officers add: đơn vị của cán bộ.</translation>
    </message>
    <message>
        <source>officers add: may reveal who reported a crime (each reveal logged with a reason).</source>
        <translation>officers add: được xem danh tính người tố giác tội phạm (mỗi lần xem được ghi lại kèm lý do).</translation>
    </message>
    <message>
        <source>The new password: the first line of FILE, or of standard input with -.</source>
        <translation>Mật khẩu mới: dòng đầu của TỆP, hoặc của đầu vào chuẩn với -.</translation>
    </message>
    <message>
        <source>officers: say what to do: add, list, disable or password.</source>
        <translation>officers: hãy cho biết việc cần làm: add, list, disable hoặc password.</translation>
    </message>
    <message>
        <source>officers %1 takes the officer&apos;s name: officers %1 NAME.</source>
        <translation>officers %1 cần tên cán bộ: officers %1 TÊN.</translation>
    </message>
    <message>
        <source>officers: unknown action &quot;%1&quot;; there are add, list, disable and password.</source>
        <translation>officers: không có thao tác &quot;%1&quot;; chỉ có add, list, disable và password.</translation>
    </message>
</context>
<context>
    <name>casedesk::cli::ProvinceSettingsCommand</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Không đọc được %1: %2</translation>
    </message>
    <message>
        <source>More public holidays and worked days, for every PC (the shape of holidays.json).</source>
        <translation>Bổ sung ngày nghỉ lễ và ngày làm bù, cho mọi máy tính (cùng dạng với holidays.json).</translation>
    </message>
    <message>
        <source>More competent-unit rules, for every PC (the shape of competent-units.json).</source>
        <translation>Bổ sung quy tắc đơn vị có thẩm quyền, cho mọi máy tính (cùng dạng với competent-units.json).</translation>
    </message>
    <message>
        <source>First-response deadlines per category (JSON), for every PC.</source>
        <translation>Hạn trả lời theo từng loại vụ việc (JSON), cho mọi máy tính.</translation>
    </message>
    <message>
        <source>Days after which a quiet answered case closes, for every sync host.</source>
        <translation>Số ngày không có trao đổi mới thì vụ việc đã trả lời tự đóng, cho mọi máy đồng bộ.</translation>
    </message>
    <message>
        <source>database settings are the province&apos;s, kept in its shared database: give its address with --database URL. A PC alone keeps holidays.json and competent-units.json in its data folder.</source>
        <translation>database settings là thiết lập của tỉnh, lưu trong cơ sở dữ liệu dùng chung: hãy cho địa chỉ bằng --database URL. Máy tính dùng riêng giữ holidays.json và competent-units.json trong thư mục dữ liệu của mình.</translation>
    </message>
    <message>
        <source>--auto-close-days takes a number of days from 1 to 365, not &quot;%1&quot;.</source>
        <translation>--auto-close-days nhận số ngày từ 1 đến 365, không nhận &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The province&apos;s settings were stored; every PC and sync host uses them from its next start.</source>
        <translation>Đã lưu thiết lập của tỉnh; mọi máy tính và máy đồng bộ sẽ dùng từ lần khởi động tiếp theo.</translation>
    </message>
    <message>
        <source>The province&apos;s settings:</source>
        <translation>Thiết lập của tỉnh:</translation>
    </message>
    <message>
        <source>Holidays added to the shipped calendar: %1</source>
        <translation>Ngày nghỉ bổ sung vào lịch kèm theo chương trình: %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>không có</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>có</translation>
    </message>
    <message>
        <source>Competent-unit rules added: %1</source>
        <translation>Quy tắc đơn vị có thẩm quyền bổ sung: %1</translation>
    </message>
    <message>
        <source>Auto-close after: %1</source>
        <translation>Tự đóng sau: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n ngày</numerusform>
        </translation>
    </message>
    <message>
        <source>the program&apos;s default</source>
        <translation>mặc định của chương trình</translation>
    </message>
    <message>
        <source>Deadlines:</source>
        <translation>Hạn trả lời:</translation>
    </message>
    <message>
        <source>Seconds between two polls of an account, for every sync host (its --interval wins).</source>
        <translation>Số giây nghỉ giữa hai lần đọc hộp thư của một trang, cho mọi máy đồng bộ (--interval của máy đó được ưu tiên).</translation>
    </message>
    <message>
        <source>--sync-interval takes a number of seconds, not &quot;%1&quot;.</source>
        <translation>--sync-interval nhận số giây, không nhận &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Pause between two polls of an account: %1</source>
        <translation>Nghỉ giữa hai lần đọc hộp thư của một trang: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n giây</numerusform>
        </translation>
    </message>
    <message>
        <source>The units whose closed cases ask citizens whether they were satisfied: all, none, or unit ids separated by commas.</source>
        <translation>Các đơn vị hỏi ý kiến người dân về mức độ hài lòng khi kết thúc vụ việc: all (tất cả), none (không đơn vị nào), hoặc mã đơn vị cách nhau bằng dấu phẩy.</translation>
    </message>
    <message>
        <source>--satisfaction-units takes all, none, or unit ids separated by commas, not &quot;%1&quot;.</source>
        <translation>--satisfaction-units nhận all, none hoặc các mã đơn vị cách nhau bằng dấu phẩy, không phải &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>--satisfaction-units: there is no unit with id &quot;%1&quot; (casedesk-cli units list shows them).</source>
        <translation>--satisfaction-units: không có đơn vị mã &quot;%1&quot; (casedesk-cli units list liệt kê các đơn vị).</translation>
    </message>
    <message>
        <source>--satisfaction-units: %1 (%2) is closed.</source>
        <translation>--satisfaction-units: %1 (%2) đã giải thể.</translation>
    </message>
    <message>
        <source>Units that ask citizens&apos; satisfaction: %1</source>
        <translation>Đơn vị hỏi ý kiến người dân: %1</translation>
    </message>
    <message>
        <source>all</source>
        <translation>tất cả</translation>
    </message>
</context>
<context>
    <name>casedesk::cli::QueueCommand</name>
    <message>
        <source>Code</source>
        <translation>Mã</translation>
    </message>
    <message>
        <source>!</source>
        <translation>!</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Nhận lúc</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Còn lại</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Loại</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <source>Citizen</source>
        <translation>Người dân</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Tin nhắn</translation>
    </message>
    <message>
        <source>URGENT</source>
        <translation>KHẨN</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n case(s).</source>
        <translation>
            <numerusform>Hiển thị %1 trên tổng số %n vụ việc.</numerusform>
        </translation>
    </message>
    <message>
        <source>crime_report, security_report, petition, procedure_question or other.</source>
        <translation>crime_report, security_report, petition, procedure_question hoặc other.</translation>
    </message>
    <message>
        <source>Level of the case&apos;s current unit: province, department, district or commune.</source>
        <translation>Cấp của đơn vị đang xử lý vụ việc: province (tỉnh), department (phòng), district (huyện) hoặc commune (xã).</translation>
    </message>
    <message>
        <source>This unit and every unit under it (the case&apos;s current unit).</source>
        <translation>Đơn vị này và mọi đơn vị trực thuộc (tính theo đơn vị đang xử lý vụ việc).</translation>
    </message>
    <message>
        <source>new, open, transferred, answered, closed (several separated by commas), &quot;open&quot; for every status but closed (default) or &quot;all&quot;.</source>
        <translation>new, open, transferred, answered, closed (nhiều trạng thái thì cách nhau bằng dấu phẩy); &quot;open&quot; là mọi trạng thái trừ closed (mặc định); &quot;all&quot; là tất cả.</translation>
    </message>
    <message>
        <source>Words of the messages, with or without diacritics.</source>
        <translation>Từ ngữ trong tin nhắn, có dấu hoặc không dấu.</translation>
    </message>
    <message>
        <source>Cases assigned to this officer.</source>
        <translation>Vụ việc giao cho cán bộ này.</translation>
    </message>
    <message>
        <source>Only cases whose citizen wrote last 24 hours to 7 days ago.</source>
        <translation>Chỉ vụ việc có tin nhắn cuối của người dân cách đây từ 24 giờ đến 7 ngày.</translation>
    </message>
    <message>
        <source>At most N cases (default %1).</source>
        <translation>Tối đa N vụ việc (mặc định %1).</translation>
    </message>
    <message>
        <source>queue takes no argument; filters are options (see --help).</source>
        <translation>queue không nhận tham số; điều kiện lọc là các tùy chọn (xem --help).</translation>
    </message>
    <message>
        <source>Unknown category &quot;%1&quot;; use one of: %2.</source>
        <translation>Không có loại &quot;%1&quot;; hãy dùng một trong các loại: %2.</translation>
    </message>
    <message>
        <source>Unknown level &quot;%1&quot;; use province, department, district or commune.</source>
        <translation>Không có cấp &quot;%1&quot;; hãy dùng province, department, district hoặc commune.</translation>
    </message>
    <message>
        <source>Unknown status &quot;%1&quot;; use new, open, transferred, answered, closed, or all.</source>
        <translation>Không có trạng thái &quot;%1&quot;; hãy dùng new, open, transferred, answered, closed hoặc all.</translation>
    </message>
    <message>
        <source>--status needs a status.</source>
        <translation>--status cần một trạng thái.</translation>
    </message>
    <message>
        <source>--limit takes a positive whole number, not &quot;%1&quot;.</source>
        <translation>--limit nhận một số nguyên dương, không nhận &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>There is no unit with the id &quot;%1&quot; (see &quot;casedesk-cli units list&quot;).</source>
        <translation>Không có đơn vị mã &quot;%1&quot; (xem &quot;casedesk-cli units list&quot;).</translation>
    </message>
    <message>
        <source>casedesk-cli queue [--category C] [--level L] [--unit ID] [--status S|open|all] [--search TEXT] [--assignee NAME] [--reply-window-closing] [--awaiting-approval] [--limit N] [--json]
The triage queue: urgent first, then earliest deadline; with --search, newest first.</source>
        <translation>casedesk-cli queue [--category C] [--level L] [--unit ID] [--status S|open|all] [--search TEXT] [--assignee NAME] [--reply-window-closing] [--awaiting-approval] [--limit N] [--json]
Hàng đợi vụ việc: khẩn trước, rồi đến hạn sớm nhất; khi có --search, mới nhất trước.</translation>
    </message>
    <message>
        <source>Only cases with an answer waiting for an editor&apos;s approval, by deadline.</source>
        <translation>Chỉ các vụ việc có trả lời đang chờ tổ biên tập duyệt, theo hạn trả lời.</translation>
    </message>
</context>
<context>
    <name>casedesk::cli::ReportCommand</name>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>Không ghi được %1: %2</translation>
    </message>
    <message>
        <source>The day (YYYY-MM-DD), in the office&apos;s time zone.</source>
        <translation>Ngày (YYYY-MM-DD), theo múi giờ của đơn vị.</translation>
    </message>
    <message>
        <source>The unit (id), with every unit under it; default: the province.</source>
        <translation>Đơn vị (mã), gồm mọi đơn vị trực thuộc; mặc định: cấp tỉnh.</translation>
    </message>
    <message>
        <source>pdf, html, json or csv.</source>
        <translation>pdf, html, json hoặc csv.</translation>
    </message>
    <message>
        <source>The file to write.</source>
        <translation>Tệp cần ghi.</translation>
    </message>
    <message>
        <source>The office&apos;s time zone (default Asia/Ho_Chi_Minh).</source>
        <translation>Múi giờ của đơn vị (mặc định Asia/Ho_Chi_Minh).</translation>
    </message>
    <message>
        <source>report daily needs --date YYYY-MM-DD.</source>
        <translation>report daily cần --date YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>--date takes a day as YYYY-MM-DD, not &quot;%1&quot;.</source>
        <translation>--date nhận một ngày dạng YYYY-MM-DD, không phải &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>report daily needs --format pdf, html, json or csv.</source>
        <translation>report daily cần --format pdf, html, json hoặc csv.</translation>
    </message>
    <message>
        <source>--format takes pdf, html, json or csv, not &quot;%1&quot;.</source>
        <translation>--format nhận pdf, html, json hoặc csv, không phải &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>report daily needs --out FILE.</source>
        <translation>report daily cần --out TỆP.</translation>
    </message>
    <message>
        <source>A PDF needs a file: --out FILE.pdf.</source>
        <translation>PDF cần ghi ra tệp: --out TỆP.pdf.</translation>
    </message>
    <message>
        <source>--time-zone: &quot;%1&quot; is not a known time zone (e.g. Asia/Ho_Chi_Minh).</source>
        <translation>--time-zone: &quot;%1&quot; không phải múi giờ hợp lệ (ví dụ Asia/Ho_Chi_Minh).</translation>
    </message>
    <message>
        <source>The PDF cannot be drawn: the program was started without its drawing support.</source>
        <translation>Không vẽ được PDF: chương trình khởi động không kèm phần vẽ.</translation>
    </message>
    <message>
        <source>Daily summary of %1 for %2 written to %3.</source>
        <translation>Đã ghi báo cáo tổng hợp ngày %1 của %2 vào %3.</translation>
    </message>
    <message>
        <source>Unit %1 is outside your unit&apos;s subtree: %2 may print the summary of %3 and the units below it.</source>
        <translation>Đơn vị %1 nằm ngoài phạm vi đơn vị của bạn: %2 chỉ được in báo cáo của %3 và các đơn vị trực thuộc.</translation>
    </message>
    <message>
        <source>report period needs --from YYYY-MM-DD and --to YYYY-MM-DD (its first and last day).</source>
        <translation>report period cần --from YYYY-MM-DD và --to YYYY-MM-DD (ngày đầu và ngày cuối của kỳ).</translation>
    </message>
    <message>
        <source>--from takes a day as YYYY-MM-DD, not &quot;%1&quot;.</source>
        <translation>--from nhận một ngày dạng YYYY-MM-DD, không phải &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>--to takes a day as YYYY-MM-DD, not &quot;%1&quot;.</source>
        <translation>--to nhận một ngày dạng YYYY-MM-DD, không phải &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>report period needs --out FILE (- for standard output).</source>
        <translation>report period cần --out TỆP (- để ghi ra đầu ra chuẩn).</translation>
    </message>
    <message numerus="yes">
        <source>Period report of %1 for %2 to %3 (%n day(s)) written to %4.</source>
        <translation>
            <numerusform>Đã ghi báo cáo theo kỳ của %1 từ %2 đến %3 (%n ngày) vào %4.</numerusform>
        </translation>
    </message>
    <message>
        <source>The period&apos;s first day (YYYY-MM-DD).</source>
        <translation>Ngày đầu của kỳ (YYYY-MM-DD).</translation>
    </message>
    <message>
        <source>The period&apos;s last day (YYYY-MM-DD), included.</source>
        <translation>Ngày cuối của kỳ (YYYY-MM-DD), tính cả ngày này.</translation>
    </message>
    <message>
        <source>report: say which report: &quot;daily&quot; or &quot;period&quot;.</source>
        <translation>report: hãy nêu loại báo cáo: &quot;daily&quot; hoặc &quot;period&quot;.</translation>
    </message>
    <message>
        <source>report: unknown report &quot;%1&quot;; there are &quot;daily&quot; and &quot;period&quot;.</source>
        <translation>report: không có báo cáo &quot;%1&quot;; hiện có &quot;daily&quot; và &quot;period&quot;.</translation>
    </message>
    <message>
        <source>report %1 takes no argument besides its options (&quot;%2&quot;).</source>
        <translation>report %1 không nhận tham số ngoài các tùy chọn (&quot;%2&quot;).</translation>
    </message>
    <message>
        <source>report period takes --from and --to, not --date.</source>
        <translation>report period nhận --from và --to, không nhận --date.</translation>
    </message>
    <message>
        <source>report daily takes --date, not --from or --to (report period covers several days).</source>
        <translation>report daily nhận --date, không nhận --from hay --to (báo cáo nhiều ngày: report period).</translation>
    </message>
    <message>
        <source>report period needs --format pdf, html, json or csv.</source>
        <translation>report period cần --format pdf, html, json hoặc csv.</translation>
    </message>
    <message>
        <source>casedesk-cli report daily --date YYYY-MM-DD [--unit ID] --format pdf|html|json|csv --out FILE
casedesk-cli report period --from YYYY-MM-DD --to YYYY-MM-DD [--unit ID] --format pdf|html|json|csv --out FILE
The daily summary of a unit and every unit under it (default: the province), for the office&apos;s local day;
the period report: the same figures over the days from --from to --to (at most 366), beside the
period of as many days before, and the units ranked by first answers within deadline.
--out - writes html, json and csv to standard output.</source>
        <translation>casedesk-cli report daily --date YYYY-MM-DD [--unit ID] --format pdf|html|json|csv --out TỆP
casedesk-cli report period --from YYYY-MM-DD --to YYYY-MM-DD [--unit ID] --format pdf|html|json|csv --out TỆP
Báo cáo tổng hợp ngày của một đơn vị và mọi đơn vị trực thuộc (mặc định: cấp tỉnh), theo ngày địa phương của đơn vị;
báo cáo theo kỳ: cùng các chỉ tiêu đó trong các ngày từ --from đến --to (tối đa 366 ngày), so với
kỳ trước có cùng số ngày, và xếp hạng các đơn vị theo tỷ lệ trả lời đầu tiên đúng hạn.
--out - ghi html, json và csv ra đầu ra chuẩn.</translation>
    </message>
</context>
<context>
    <name>casedesk::cli::SimulatorCommand</name>
    <message>
        <source>casedesk-cli simulator [--port P] [--seed S] [--units FILE] [--rate MSGS_PER_MINUTE] [--history N] [--no-rate-limit] [--fault KIND[:N]] [--json]
Plays Zalo (the OA Open API and OAuth) on 127.0.0.1 for demos, training and tests, until stopped with Ctrl+C.</source>
        <translation>casedesk-cli simulator [--port P] [--seed S] [--units TỆP] [--rate MSGS_PER_MINUTE] [--history N] [--no-rate-limit] [--fault KIND[:N]] [--json]
Giả lập Zalo (OA Open API và OAuth) tại 127.0.0.1 để trình diễn, tập huấn và kiểm thử, cho đến khi dừng bằng Ctrl+C.</translation>
    </message>
    <message>
        <source>Port on 127.0.0.1 (0, the default, picks a free one).</source>
        <translation>Cổng trên 127.0.0.1 (mặc định 0: tự chọn một cổng còn trống).</translation>
    </message>
    <message>
        <source>Seed of the generated citizens and messages (default 1).</source>
        <translation>Giá trị khởi tạo ngẫu nhiên cho người dân và tin nhắn giả lập (mặc định 1).</translation>
    </message>
    <message>
        <source>Unit tree file; every open unit gets an OA (default: the shipped tree).</source>
        <translation>Tệp cây đơn vị; mỗi đơn vị đang hoạt động có một OA (mặc định: cây đơn vị kèm theo chương trình).</translation>
    </message>
    <message>
        <source>New citizen messages per minute over all OAs (default 0: none).</source>
        <translation>Số tin nhắn mới của người dân mỗi phút trên tất cả OA (mặc định 0: không có).</translation>
    </message>
    <message>
        <source>Messages of history per OA (default 40).</source>
        <translation>Số tin nhắn lịch sử của mỗi OA (mặc định 40).</translation>
    </message>
    <message>
        <source>Days the history spans (default 30).</source>
        <translation>Số ngày của lịch sử tin nhắn (mặc định 30).</translation>
    </message>
    <message>
        <source>Number of Zalo apps the OAs are spread over (default 1).</source>
        <translation>Số ứng dụng Zalo dùng chung cho các OA (mặc định 1).</translation>
    </message>
    <message>
        <source>Do not refuse requests over 4,000 a minute per app.</source>
        <translation>Không từ chối khi một ứng dụng gửi quá 4.000 yêu cầu mỗi phút.</translation>
    </message>
    <message>
        <source>Send ids as JSON numbers instead of strings.</source>
        <translation>Gửi các mã (id) dưới dạng số JSON thay vì chuỗi.</translation>
    </message>
    <message>
        <source>The province has a funded Zalo Cloud Account: accept answers 48 hours to 7 days late.</source>
        <translation>Công an tỉnh có Zalo Cloud Account đã nạp tiền: nhận cả trả lời muộn từ 48 giờ đến 7 ngày.</translation>
    </message>
    <message>
        <source>Play a fault on the next N requests (default 1; &quot;always&quot;); repeatable. KIND: %1.</source>
        <translation>Giả lập lỗi cho N yêu cầu tiếp theo (mặc định 1; &quot;always&quot;: mọi yêu cầu); dùng được nhiều lần. KIND: %1.</translation>
    </message>
    <message>
        <source>simulator takes no argument.</source>
        <translation>simulator không nhận tham số.</translation>
    </message>
    <message>
        <source>--port must be a number from 0 to 65535.</source>
        <translation>--port phải là số từ 0 đến 65535.</translation>
    </message>
    <message>
        <source>--seed must be a whole number.</source>
        <translation>--seed phải là số nguyên.</translation>
    </message>
    <message>
        <source>--rate must be a number of messages per minute from 0 to 60000.</source>
        <translation>--rate phải là số tin nhắn mỗi phút, từ 0 đến 60000.</translation>
    </message>
    <message>
        <source>--history must be a number of messages from 0 to 100000.</source>
        <translation>--history phải là số tin nhắn, từ 0 đến 100000.</translation>
    </message>
    <message>
        <source>--history-days must be a number of days from 1 to 3650.</source>
        <translation>--history-days phải là số ngày, từ 1 đến 3650.</translation>
    </message>
    <message>
        <source>--apps must be a number from 1 to 10000.</source>
        <translation>--apps phải là số từ 1 đến 10000.</translation>
    </message>
    <message>
        <source>%1 was refused: %2</source>
        <translation>%1 bị từ chối: %2</translation>
    </message>
    <message>
        <source>Port: %1</source>
        <translation>Cổng: %1</translation>
    </message>
    <message>
        <source>Zalo simulator at %1 (use it as both --openapi-base and --oauth-base); %2 OAs.</source>
        <translation>Trình giả lập Zalo tại %1 (dùng cho cả --openapi-base và --oauth-base); %2 OA.</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <source>OA id</source>
        <translation>OA ID</translation>
    </message>
    <message>
        <source>App id</source>
        <translation>ID ứng dụng</translation>
    </message>
    <message>
        <source>Secret key</source>
        <translation>Khóa bí mật</translation>
    </message>
    <message>
        <source>Refresh token</source>
        <translation>Refresh token</translation>
    </message>
    <message>
        <source>Serving until Ctrl+C (SIGINT) or SIGTERM.</source>
        <translation>Đang chạy cho đến khi dừng bằng Ctrl+C (SIGINT) hoặc SIGTERM.</translation>
    </message>
</context>
<context>
    <name>casedesk::cli::SyncCommand</name>
    <message>
        <source>casedesk-cli sync [--once] [--interval SECONDS]
Copies every connected unit&apos;s Zalo inbox into the data folder: every account once with --once, otherwise until Ctrl+C (SIGINT) or SIGTERM.</source>
        <translation>casedesk-cli sync [--once] [--interval SECONDS]
Đồng bộ hộp thư Zalo của mọi đơn vị đã kết nối về thư mục dữ liệu: với --once, mỗi trang Zalo một lần; nếu không, chạy liên tục cho đến khi dừng bằng Ctrl+C (SIGINT) hoặc SIGTERM.</translation>
    </message>
    <message>
        <source>Poll every account once, then exit.</source>
        <translation>Lấy tin nhắn của mỗi trang Zalo một lần rồi thoát.</translation>
    </message>
    <message>
        <source>Seconds between two polls of an account (default 15).</source>
        <translation>Số giây giữa hai lần lấy tin nhắn của một trang Zalo (mặc định 15).</translation>
    </message>
    <message>
        <source>Accounts polled at the same time (default 4).</source>
        <translation>Số trang Zalo được lấy tin nhắn cùng lúc (mặc định 4).</translation>
    </message>
    <message>
        <source>sync takes no argument.</source>
        <translation>sync không nhận tham số.</translation>
    </message>
    <message>
        <source>--interval takes a number of seconds, at least 1.</source>
        <translation>--interval nhận số giây, tối thiểu là 1.</translation>
    </message>
    <message>
        <source>--concurrency takes a whole number from 1 to 32.</source>
        <translation>--concurrency nhận số nguyên từ 1 đến 32.</translation>
    </message>
    <message>
        <source>No Zalo account is connected to this data folder yet: add one with &quot;casedesk-cli accounts add&quot;.</source>
        <translation>Thư mục dữ liệu này chưa kết nối trang Zalo nào: hãy thêm bằng lệnh &quot;casedesk-cli accounts add&quot;.</translation>
    </message>
    <message numerus="yes">
        <source>Syncing %n account(s) until Ctrl+C (SIGINT) or SIGTERM.</source>
        <translation>
            <numerusform>Đang đồng bộ %n trang Zalo cho đến khi dừng bằng Ctrl+C (SIGINT) hoặc SIGTERM.</numerusform>
        </translation>
    </message>
    <message>
        <source>Polled %1 of %2 account(s) in %3 s.</source>
        <translation>Đã lấy tin nhắn của %1/%2 trang Zalo trong %3 giây.</translation>
    </message>
    <message>
        <source>This data folder was moved into the province&apos;s database %1 (prefix %2): sync there, with &quot;casedesk-cli --database %1 sync&quot;.</source>
        <translation>Thư mục dữ liệu này đã được chuyển vào cơ sở dữ liệu của tỉnh %1 (tiền tố %2): hãy đồng bộ ở đó, bằng &quot;casedesk-cli --database %1 sync&quot;.</translation>
    </message>
    <message>
        <source>Sync host %1: polling its share of the accounts, taking over those of a sync host that stopped.</source>
        <translation>Máy đồng bộ %1: đang đọc phần tài khoản của mình, nhận thay các tài khoản của máy đồng bộ đã dừng.</translation>
    </message>
</context>
<context>
    <name>casedesk::cli::SyncKeyCommand</name>
    <message>
        <source>A sync key file is protected by a passphrase: give it with --passphrase-file FILE (or - for standard input).</source>
        <translation>Tệp khóa đồng bộ được bảo vệ bằng cụm mật khẩu: đưa vào bằng --passphrase-file TỆP (hoặc - để đọc từ đầu vào chuẩn).</translation>
    </message>
    <message>
        <source>The passphrase file %1 cannot be read: %2</source>
        <translation>Không đọc được tệp cụm mật khẩu %1: %2</translation>
    </message>
    <message>
        <source>The passphrase is empty; a sync key file needs one.</source>
        <translation>Cụm mật khẩu trống; tệp khóa đồng bộ cần có cụm mật khẩu.</translation>
    </message>
    <message>
        <source>The key file %1 cannot be read: %2</source>
        <translation>Không đọc được tệp khóa %1: %2</translation>
    </message>
    <message>
        <source>this PC&apos;s keychain</source>
        <translation>kho khóa của máy này</translation>
    </message>
    <message>
        <source>the secrets file %1</source>
        <translation>tệp bí mật %1</translation>
    </message>
    <message>
        <source>The database has no sync key yet: run database sync-key --generate on a sync host.</source>
        <translation>Cơ sở dữ liệu chưa có khóa đồng bộ: chạy database sync-key --generate trên một máy đồng bộ.</translation>
    </message>
    <message>
        <source>The sync key %1 this host holds is not the database&apos;s key of that name.</source>
        <translation>Khóa đồng bộ %1 mà máy này giữ không phải khóa cùng tên của cơ sở dữ liệu.</translation>
    </message>
    <message>
        <source>The database has a sync key already (%1): nothing was changed. On another sync host, import it (--export FILE here, --import FILE there); to replace it, use --rotate.</source>
        <translation>Cơ sở dữ liệu đã có khóa đồng bộ (%1): không có gì thay đổi. Trên máy đồng bộ khác, hãy nhập khóa đó (--export TỆP ở đây, --import TỆP ở kia); để thay khóa, dùng --rotate.</translation>
    </message>
    <message>
        <source>The sync key cannot be kept on this host: %1</source>
        <translation>Không lưu được khóa đồng bộ trên máy này: %1</translation>
    </message>
    <message>
        <source>A new sync key %1 was made; this host keeps it in %2.</source>
        <translation>Đã tạo khóa đồng bộ mới %1; máy này giữ khóa trong %2.</translation>
    </message>
    <message>
        <source>Export it for the other sync hosts and keep a copy in a safe place (database sync-key --export FILE): without it, the tokens kept in the database cannot be read.</source>
        <translation>Hãy xuất khóa cho các máy đồng bộ khác và giữ một bản ở nơi an toàn (database sync-key --export TỆP): không có khóa, không thể đọc các token lưu trong cơ sở dữ liệu.</translation>
    </message>
    <message>
        <source>The sync key %1 was written to %2 (readable by you only), protected by the passphrase. Import it on each other sync host with database sync-key --import FILE.</source>
        <translation>Đã ghi khóa đồng bộ %1 vào %2 (chỉ bạn đọc được), được bảo vệ bằng cụm mật khẩu. Nhập khóa trên từng máy đồng bộ khác bằng database sync-key --import TỆP.</translation>
    </message>
    <message>
        <source>The key file %1 cannot be opened: %2 Nothing was changed.</source>
        <translation>Không mở được tệp khóa %1: %2 Không có gì thay đổi.</translation>
    </message>
    <message>
        <source>The key file holds the sync key %1, which this database does not know; nothing was changed.</source>
        <translation>Tệp khóa chứa khóa đồng bộ %1, mà cơ sở dữ liệu này không biết; không có gì thay đổi.</translation>
    </message>
    <message>
        <source>The key file holds the sync key %1, which was replaced on %2; export the current key instead. Nothing was changed.</source>
        <translation>Tệp khóa chứa khóa đồng bộ %1, đã được thay thế lúc %2; hãy xuất khóa hiện hành. Không có gì thay đổi.</translation>
    </message>
    <message>
        <source>The key in the file is not the database&apos;s key %1; nothing was changed.</source>
        <translation>Khóa trong tệp không phải khóa %1 của cơ sở dữ liệu; không có gì thay đổi.</translation>
    </message>
    <message>
        <source>This host now holds the sync key %1, in %2: it can read the tokens kept in the database.</source>
        <translation>Máy này nay giữ khóa đồng bộ %1, trong %2: có thể đọc các token lưu trong cơ sở dữ liệu.</translation>
    </message>
    <message>
        <source>The new sync key cannot be kept on this host: %1</source>
        <translation>Không lưu được khóa đồng bộ mới trên máy này: %1</translation>
    </message>
    <message>
        <source>The secret %1 is under the sync key %2, which this host does not hold.</source>
        <translation>Bí mật %1 được mã hóa bằng khóa đồng bộ %2, mà máy này không giữ.</translation>
    </message>
    <message>
        <source>The sync key was not rotated: %1 Nothing was changed.</source>
        <translation>Chưa thay khóa đồng bộ: %1 Không có gì thay đổi.</translation>
    </message>
    <message>
        <source>The sync key %1 replaced %2; %3 secrets were encrypted again with it, in one transaction. This host keeps it in %4.</source>
        <translation>Khóa đồng bộ %1 đã thay %2; %3 bí mật đã được mã hóa lại bằng khóa mới, trong một giao dịch. Máy này giữ khóa trong %4.</translation>
    </message>
    <message>
        <source>The other sync hosts cannot read the tokens until they import the new key: export it (--export FILE) and import it there (--import FILE).</source>
        <translation>Các máy đồng bộ khác không đọc được token cho đến khi nhập khóa mới: hãy xuất khóa (--export TỆP) và nhập ở máy đó (--import TỆP).</translation>
    </message>
    <message>
        <source>sync-key --export: interactive makes a weaker but faster key file (tests only).</source>
        <translation>sync-key --export: interactive tạo tệp khóa yếu hơn nhưng nhanh hơn (chỉ dùng khi kiểm thử).</translation>
    </message>
    <message>
        <source>sync-key: make the province&apos;s sync key and keep it on this host.</source>
        <translation>sync-key: tạo khóa đồng bộ của tỉnh và giữ trên máy này.</translation>
    </message>
    <message>
        <source>sync-key: write the sync key to FILE, protected by a passphrase.</source>
        <translation>sync-key: ghi khóa đồng bộ vào TỆP, bảo vệ bằng cụm mật khẩu.</translation>
    </message>
    <message>
        <source>sync-key: take the sync key from FILE onto this host.</source>
        <translation>sync-key: nhập khóa đồng bộ từ TỆP vào máy này.</translation>
    </message>
    <message>
        <source>sync-key: replace the sync key, encrypting every secret again.</source>
        <translation>sync-key: thay khóa đồng bộ, mã hóa lại mọi bí mật.</translation>
    </message>
    <message>
        <source>sync-key: the key file&apos;s passphrase, from FILE or - for standard input.</source>
        <translation>sync-key: cụm mật khẩu của tệp khóa, từ TỆP hoặc - để đọc từ đầu vào chuẩn.</translation>
    </message>
    <message>
        <source>database sync-key does one of --generate, --export FILE, --import FILE or --rotate.</source>
        <translation>database sync-key làm một trong các việc --generate, --export TỆP, --import TỆP hoặc --rotate.</translation>
    </message>
    <message>
        <source>--key-file-cost takes moderate or interactive, not &quot;%1&quot;.</source>
        <translation>--key-file-cost nhận moderate hoặc interactive, không phải &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>database sync-key works on the province&apos;s database: give its address with --database URL (or CASEDESK_DATABASE). A single PC keeps its tokens in its keychain.</source>
        <translation>database sync-key làm việc trên cơ sở dữ liệu của tỉnh: cho địa chỉ bằng --database URL (hoặc CASEDESK_DATABASE). Một máy đơn lẻ giữ token trong kho khóa của máy.</translation>
    </message>
    <message>
        <source>The sync hosts cannot be read: %1 Nothing was changed.</source>
        <translation>Không đọc được danh sách máy đồng bộ: %1 Không có gì bị thay đổi.</translation>
    </message>
    <message>
        <source>%1 (process %2)</source>
        <translation>%1 (tiến trình %2)</translation>
    </message>
    <message>
        <source>Sync hosts are running: %1. Stop them first (systemctl stop casedesk-sync), then rotate, then import the new key on each and start them again. Nothing was changed.</source>
        <translation>Các máy đồng bộ đang chạy: %1. Hãy dừng chúng trước (systemctl stop casedesk-sync), rồi đổi khóa, rồi nhập khóa mới trên từng máy và khởi động lại. Không có gì bị thay đổi.</translation>
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
        <source>Also list closed units.</source>
        <translation>Liệt kê cả đơn vị đã giải thể.</translation>
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
        <source>units: unknown subcommand &quot;%1&quot;.</source>
        <translation>units: không có lệnh con &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Không đọc được %1: %2</translation>
    </message>
    <message>
        <source>%1 (from %2) would change, if applied:</source>
        <translation>%1 (từ %2) sẽ thay đổi như sau nếu áp dụng:</translation>
    </message>
    <message>
        <source>%1 (from %2) is applied:</source>
        <translation>Đã áp dụng %1 (từ %2):</translation>
    </message>
    <message>
        <source>Units: %1 created, %2 renamed, %3 moved, %4 closed.</source>
        <translation>Đơn vị: %1 thành lập mới, %2 đổi tên, %3 đổi đơn vị cấp trên, %4 kết thúc hoạt động.</translation>
    </message>
    <message>
        <source>  closed %1 %2 → %3</source>
        <translation>  kết thúc %1 %2 → %3</translation>
    </message>
    <message>
        <source>Cases moved to successors: %1 (%2 open, %3 opened there since the effective date).</source>
        <translation>Vụ việc chuyển sang đơn vị kế thừa: %1 (%2 đang mở, %3 tiếp nhận tại đơn vị đó từ ngày có hiệu lực).</translation>
    </message>
    <message>
        <source>Zalo accounts: %1 moved, %2 disabled. Officers moved: %3.</source>
        <translation>Trang Zalo: %1 chuyển đơn vị, %2 tạm dừng. Cán bộ chuyển đơn vị: %3.</translation>
    </message>
    <message>
        <source>Nothing was changed (--dry-run).</source>
        <translation>Chưa thay đổi gì (--dry-run).</translation>
    </message>
    <message>
        <source>Say what a reorganisation would change, and change nothing.</source>
        <translation>Cho biết việc sắp xếp lại sẽ thay đổi những gì, không thay đổi gì.</translation>
    </message>
    <message>
        <source>units: say &quot;list&quot;, &quot;import FILE&quot; or &quot;reorganise FILE&quot;.</source>
        <translation>units: hãy ghi &quot;list&quot;, &quot;import TỆP&quot; hoặc &quot;reorganise TỆP&quot;.</translation>
    </message>
    <message>
        <source>units reorganise takes one FILE.</source>
        <translation>units reorganise nhận một TỆP.</translation>
    </message>
    <message>
        <source>(until %1)</source>
        <translation>(đến %1)</translation>
    </message>
    <message>
        <source>casedesk-cli units list [--all | --at YYYY-MM-DD] [--json]
casedesk-cli units import FILE
casedesk-cli units reorganise FILE [--dry-run] [--json]</source>
        <translation>casedesk-cli units list [--all | --at YYYY-MM-DD] [--json]
casedesk-cli units import TỆP
casedesk-cli units reorganise TỆP [--dry-run] [--json]</translation>
    </message>
    <message>
        <source>List the tree of that day: the units that existed then, under the parents and with the names they had.</source>
        <translation>Liệt kê cây đơn vị của ngày đó: các đơn vị tồn tại khi ấy, với đơn vị cấp trên và tên gọi khi ấy.</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <source>--at needs a date as YYYY-MM-DD, not &quot;%1&quot;.</source>
        <translation>--at cần một ngày dạng YYYY-MM-DD, không phải &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>--all and --at do not go together: the tree of a day holds the units that existed then.</source>
        <translation>--all và --at không dùng cùng nhau: cây đơn vị của một ngày gồm các đơn vị tồn tại ngày đó.</translation>
    </message>
</context>
<context>
    <name>casedesk::domain::Category</name>
    <message>
        <source>Crime report</source>
        <translation>Tố giác tội phạm</translation>
    </message>
    <message>
        <source>Security and order report</source>
        <translation>Tin báo an ninh, trật tự</translation>
    </message>
    <message>
        <source>Feedback and petition</source>
        <translation>Phản ánh, kiến nghị</translation>
    </message>
    <message>
        <source>Administrative procedure question</source>
        <translation>Thắc mắc thủ tục hành chính</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Khác</translation>
    </message>
    <message>
        <source>Crime</source>
        <translation>Tố giác</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>Tin báo</translation>
    </message>
    <message>
        <source>Petition</source>
        <translation>Phản ánh</translation>
    </message>
    <message>
        <source>Procedure</source>
        <translation>TTHC</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Mới</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>Đang xử lý</translation>
    </message>
    <message>
        <source>Transferred</source>
        <translation>Đã chuyển</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Đã trả lời</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Đã đóng</translation>
    </message>
    <message>
        <source>Reporter (hidden)</source>
        <translation>Người tố giác (ẩn)</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(không có tên)</translation>
    </message>
</context>
<context>
    <name>casedesk::domain::DeadlinePolicy</name>
    <message>
        <source>%1: expected a JSON object of deadlines (%2).</source>
        <translation>%1: cần một đối tượng JSON gồm các hạn trả lời (%2).</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; takes one of {&quot;hours&quot;: N}, {&quot;calendar_days&quot;: N}, {&quot;working_days&quot;: N} or null.</source>
        <translation>%1: &quot;%2&quot; nhận một trong các dạng {&quot;hours&quot;: N}, {&quot;calendar_days&quot;: N}, {&quot;working_days&quot;: N} hoặc null.</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; needs a whole number from 1 to 365, not %3.</source>
        <translation>%1: &quot;%2&quot; cần một số nguyên từ 1 đến 365, không nhận %3.</translation>
    </message>
    <message>
        <source>%1: &quot;office_closes&quot; takes a time of day as &quot;HH:MM&quot;.</source>
        <translation>%1: &quot;office_closes&quot; nhận giờ trong ngày theo dạng &quot;HH:MM&quot;.</translation>
    </message>
    <message>
        <source>%1: unknown key &quot;%2&quot;; the keys are %3.</source>
        <translation>%1: không có khóa &quot;%2&quot;; các khóa hợp lệ là %3.</translation>
    </message>
</context>
<context>
    <name>casedesk::domain::OfficerScope</name>
    <message>
        <source>Commune officer</source>
        <translation>Cán bộ công an xã</translation>
    </message>
    <message>
        <source>District officer</source>
        <translation>Cán bộ công an cấp huyện</translation>
    </message>
    <message>
        <source>Department officer</source>
        <translation>Cán bộ phòng nghiệp vụ</translation>
    </message>
    <message>
        <source>Editor</source>
        <translation>Biên tập viên</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>Lãnh đạo</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Quản trị viên</translation>
    </message>
    <message>
        <source>read cases</source>
        <translation>xem vụ việc</translation>
    </message>
    <message>
        <source>act on cases</source>
        <translation>xử lý vụ việc</translation>
    </message>
    <message>
        <source>approve answers</source>
        <translation>duyệt câu trả lời</translation>
    </message>
    <message>
        <source>reveal informants</source>
        <translation>xem danh tính người tố giác</translation>
    </message>
    <message>
        <source>print reports</source>
        <translation>in báo cáo</translation>
    </message>
    <message>
        <source>administer officers, units, accounts and settings</source>
        <translation>quản trị cán bộ, đơn vị, trang Zalo và cài đặt</translation>
    </message>
    <message>
        <source>Refused: this needs the permission &quot;%1&quot; (%2), which %3 (%4) does not have.</source>
        <translation>Từ chối: việc này cần quyền &quot;%1&quot; (%2), mà %3 (%4) không có.</translation>
    </message>
    <message>
        <source>sign-in not enabled</source>
        <translation>chưa bật đăng nhập</translation>
    </message>
</context>
<context>
    <name>casedesk::domain::Reorganisation</name>
    <message>
        <source>%1: expected a JSON object {&quot;effective&quot;, &quot;title&quot;, &quot;changes&quot;} (%2).</source>
        <translation>%1: cần một đối tượng JSON {&quot;effective&quot;, &quot;title&quot;, &quot;changes&quot;} (%2).</translation>
    </message>
    <message>
        <source>%1: &quot;effective&quot; takes the date the reorganisation takes effect, as YYYY-MM-DD.</source>
        <translation>%1: &quot;effective&quot; là ngày việc sắp xếp có hiệu lực, dạng YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>%1: &quot;title&quot; names the reorganisation (it is written in each moved case&apos;s history).</source>
        <translation>%1: &quot;title&quot; là tên của việc sắp xếp (được ghi vào lịch sử của từng vụ việc được chuyển).</translation>
    </message>
    <message>
        <source>%1: &quot;changes&quot; is a list of at least one change.</source>
        <translation>%1: &quot;changes&quot; là danh sách có ít nhất một thay đổi.</translation>
    </message>
    <message>
        <source>%1, change %2</source>
        <translation>%1, thay đổi thứ %2</translation>
    </message>
    <message>
        <source>%1: a change is a JSON object.</source>
        <translation>%1: mỗi thay đổi là một đối tượng JSON.</translation>
    </message>
    <message>
        <source>%1: &quot;create&quot; takes &quot;unit&quot;: {&quot;id&quot;, &quot;name&quot;, &quot;level&quot; (province, department, district or commune), &quot;parent&quot;}.</source>
        <translation>%1: &quot;create&quot; cần &quot;unit&quot;: {&quot;id&quot;, &quot;name&quot;, &quot;level&quot; (province, department, district hoặc commune), &quot;parent&quot;}.</translation>
    </message>
    <message>
        <source>%1: &quot;unit&quot; names the unit it changes.</source>
        <translation>%1: &quot;unit&quot; là mã đơn vị được thay đổi.</translation>
    </message>
    <message>
        <source>%1: &quot;rename&quot; takes the new &quot;name&quot;.</source>
        <translation>%1: &quot;rename&quot; cần tên mới (&quot;name&quot;).</translation>
    </message>
    <message>
        <source>%1: &quot;move&quot; takes the new &quot;parent&quot;.</source>
        <translation>%1: &quot;move&quot; cần đơn vị cấp trên mới (&quot;parent&quot;).</translation>
    </message>
    <message>
        <source>%1: &quot;split&quot; takes &quot;successors&quot; (two units or more) and &quot;default&quot;, one of them, where the cases go.</source>
        <translation>%1: &quot;split&quot; cần &quot;successors&quot; (từ hai đơn vị trở lên) và &quot;default&quot;, một trong số đó, là nơi nhận vụ việc.</translation>
    </message>
    <message>
        <source>%1: unknown action &quot;%2&quot;; the actions are rename, move, merge, split, abolish and create.</source>
        <translation>%1: không có thao tác &quot;%2&quot;; các thao tác là rename, move, merge, split, abolish và create.</translation>
    </message>
    <message>
        <source>%1: unit %2 is closed without a successor: its cases and accounts need somewhere to go (&quot;into&quot; for a merge, &quot;successor&quot; for an abolition).</source>
        <translation>%1: đơn vị %2 kết thúc hoạt động mà không có đơn vị kế thừa: vụ việc và trang Zalo của đơn vị cần nơi chuyển đến (&quot;into&quot; khi sáp nhập, &quot;successor&quot; khi giải thể).</translation>
    </message>
    <message>
        <source>%1: &quot;accounts&quot; is &quot;move&quot; (to the successor) or &quot;disable&quot;, not &quot;%2&quot;.</source>
        <translation>%1: &quot;accounts&quot; là &quot;move&quot; (chuyển sang đơn vị kế thừa) hoặc &quot;disable&quot;, không phải &quot;%2&quot;.</translation>
    </message>
</context>
<context>
    <name>casedesk::domain::ReplyWindow</name>
    <message numerus="yes">
        <source>%n hour(s) left to answer free</source>
        <translation>
            <numerusform>Còn %n giờ trả lời miễn phí</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Billed answer (Zalo closes the conversation in %n hour(s))</source>
        <translation>
            <numerusform>Trả lời có tính phí (Zalo đóng hội thoại sau %n giờ)</numerusform>
        </translation>
    </message>
    <message>
        <source>Zalo reply window closed</source>
        <translation>Đã hết hạn trả lời qua Zalo</translation>
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
        <source>Unit %1: %2 &quot;%3&quot; is not a date (YYYY-MM-DD).</source>
        <translation>Đơn vị %1: %2 &quot;%3&quot; không phải ngày (YYYY-MM-DD).</translation>
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
        <source>The unit file has no &quot;units&quot; list.</source>
        <translation>Tệp đơn vị không có danh sách &quot;units&quot;.</translation>
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
        <source>Unit %1: unknown level &quot;%2&quot; (expected province, department, district or commune).</source>
        <translation>Đơn vị %1: cấp &quot;%2&quot; không hợp lệ (phải là province, department, district hoặc commune).</translation>
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
    <name>casedesk::report::DailyReportBuilder</name>
    <message>
        <source>The report needs a valid date (YYYY-MM-DD).</source>
        <translation>Báo cáo cần một ngày hợp lệ (YYYY-MM-DD).</translation>
    </message>
    <message>
        <source>%1 has not come yet: choose today (%2) or an earlier day.</source>
        <translation>Ngày %1 chưa đến: hãy chọn hôm nay (%2) hoặc một ngày trước đó.</translation>
    </message>
    <message>
        <source>The unit tree is empty: import it first (casedesk-cli units import FILE).</source>
        <translation>Chưa có cây đơn vị: hãy nhập trước (casedesk-cli units import TỆP).</translation>
    </message>
    <message>
        <source>There is no unit with id &quot;%1&quot; (casedesk-cli units list shows them).</source>
        <translation>Không có đơn vị mã &quot;%1&quot; (xem danh sách bằng casedesk-cli units list).</translation>
    </message>
    <message>
        <source>Ministry of Public Security</source>
        <translation>Bộ Công an</translation>
    </message>
    <message>
        <source>No unit existed yet on %1: choose a later day.</source>
        <translation>Ngày %1 chưa có đơn vị nào: hãy chọn ngày sau đó.</translation>
    </message>
    <message>
        <source>%1 (%2) did not exist yet on %3: it exists from %4.</source>
        <translation>%1 (%2) chưa có vào ngày %3: đơn vị có từ ngày %4.</translation>
    </message>
    <message>
        <source>%1 (%2) was closed on %3: choose an earlier day.</source>
        <translation>%1 (%2) đã giải thể từ %3: hãy chọn ngày trước đó.</translation>
    </message>
    <message>
        <source>%1 (%2) was closed on %3 and its work went to %4 (%5): choose an earlier day, or that unit.</source>
        <translation>%1 (%2) đã giải thể từ %3, công việc chuyển về %4 (%5): hãy chọn ngày trước đó, hoặc chọn đơn vị này.</translation>
    </message>
</context>
<context>
    <name>casedesk::report::PeriodChoice</name>
    <message>
        <source>This week</source>
        <translation>Tuần này</translation>
    </message>
    <message>
        <source>Last week</source>
        <translation>Tuần trước</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>Tháng này</translation>
    </message>
    <message>
        <source>Last month</source>
        <translation>Tháng trước</translation>
    </message>
    <message>
        <source>This quarter</source>
        <translation>Quý này</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>Năm nay</translation>
    </message>
    <message>
        <source>The year since a day</source>
        <translation>Một năm kể từ ngày</translation>
    </message>
    <message>
        <source>Other days</source>
        <translation>Khoảng ngày khác</translation>
    </message>
</context>
<context>
    <name>casedesk::report::PeriodReportBuilder</name>
    <message>
        <source>The period needs two valid days (YYYY-MM-DD): its first and its last.</source>
        <translation>Kỳ báo cáo cần hai ngày hợp lệ (YYYY-MM-DD): ngày đầu và ngày cuối.</translation>
    </message>
    <message>
        <source>The period starts after it ends (%1 is after %2): give the first day with --from and the last with --to.</source>
        <translation>Kỳ báo cáo bắt đầu sau ngày kết thúc (%1 sau %2): hãy ghi ngày đầu vào --from và ngày cuối vào --to.</translation>
    </message>
    <message numerus="yes">
        <source>The period from %1 to %2 has %n day(s); a report covers at most %3 days (a year): make one report per year.</source>
        <translation>
            <numerusform>Kỳ từ %1 đến %2 có %n ngày; một báo cáo tính tối đa %3 ngày (một năm): hãy lập mỗi năm một báo cáo.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 has not come yet: end the period today (%2) or earlier.</source>
        <translation>Ngày %1 chưa đến: hãy kết thúc kỳ vào hôm nay (%2) hoặc trước đó.</translation>
    </message>
</context>
<context>
    <name>casedesk::report::PeriodReportTexts</name>
    <message>
        <source>MONTHLY REPORT</source>
        <translation>BÁO CÁO THÁNG</translation>
    </message>
    <message>
        <source>REVIEW REPORT</source>
        <extracomment>a review over any period (&quot;sơ kết&quot;)</extracomment>
        <translation>BÁO CÁO SƠ KẾT</translation>
    </message>
    <message>
        <source>Month %1/%2 (from %3 to %4)</source>
        <extracomment>%1 month, %2 year, %3 first day, %4 last day (dd/MM/yyyy)</extracomment>
        <translation>Tháng %1/%2 (từ ngày %3 đến ngày %4)</translation>
    </message>
    <message numerus="yes">
        <source>From %1 to %2 (%n day(s))</source>
        <extracomment>%1 first day, %2 last day (dd/MM/yyyy)</extracomment>
        <translation>
            <numerusform>Từ ngày %1 đến ngày %2 (%n ngày)</numerusform>
        </translation>
    </message>
    <message>
        <source>The previous period is the same number of days just before: from %1 to %2.</source>
        <extracomment>%1 first day, %2 last day (dd/MM/yyyy) of the period before the report&apos;s, as long as it</extracomment>
        <translation>Kỳ trước là khoảng thời gian cùng số ngày liền trước: từ ngày %1 đến ngày %2.</translation>
    </message>
    <message>
        <source>(Attached to the %1 from %2 to %3 of %4)</source>
        <extracomment>%1 the report&apos;s title in lower case, %2 its first day, %3 its last day, %4 the unit</extracomment>
        <translation>(Kèm theo %1 từ ngày %2 đến ngày %3 của %4)</translation>
    </message>
    <message>
        <source>I. MESSAGES RECEIVED</source>
        <translation>I. TIẾP NHẬN</translation>
    </message>
    <message>
        <source>II. HANDLING</source>
        <translation>II. KẾT QUẢ XỬ LÝ</translation>
    </message>
    <message>
        <source>III. FIRST RESPONSE TIME</source>
        <translation>III. THỜI GIAN PHẢN HỒI ĐẦU TIÊN</translation>
    </message>
    <message>
        <source>IV. COMPARED WITH THE PREVIOUS PERIOD</source>
        <translation>IV. SO SÁNH VỚI KỲ TRƯỚC</translation>
    </message>
    <message>
        <source>V. RANKING OF UNITS</source>
        <translation>V. XẾP HẠNG ĐƠN VỊ</translation>
    </message>
    <message numerus="yes">
        <source>%Ln case(s) received from citizens via Zalo in the period.</source>
        <translation>
            <numerusform>Trong kỳ tiếp nhận %Ln vụ việc của người dân qua Zalo.</numerusform>
        </translation>
    </message>
    <message>
        <source>Still open at the end of the period</source>
        <translation>Chưa kết thúc cuối kỳ</translation>
    </message>
    <message>
        <source>Overdue at the end of the period</source>
        <translation>Quá hạn cuối kỳ</translation>
    </message>
    <message>
        <source>24:00 on %1</source>
        <translation>24 giờ 00 ngày %1</translation>
    </message>
    <message>
        <source>Figures count cases: a case forwarded twice in the period counts once. Open and overdue cases as at %1.</source>
        <translation>Số liệu tính theo vụ việc: một vụ việc chuyển hai lần trong kỳ chỉ tính một lần. Vụ việc chưa kết thúc và quá hạn tính đến %1.</translation>
    </message>
    <message>
        <source>This period</source>
        <translation>Kỳ này</translation>
    </message>
    <message>
        <source>Previous period</source>
        <translation>Kỳ trước</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Xếp hạng</translation>
    </message>
    <message>
        <source>Answered within deadline</source>
        <translation>Tỷ lệ trả lời đúng hạn</translation>
    </message>
    <message>
        <source>On time</source>
        <translation>Đúng hạn</translation>
    </message>
    <message>
        <source>Deadline due</source>
        <extracomment>cases whose deadline had come (or that were answered) by the end of the period</extracomment>
        <translation>Đã đến hạn</translation>
    </message>
    <message numerus="yes">
        <source>Units are ranked by the share of cases answered within deadline, of the cases received in the period whose deadline had come by its end. %n unit(s) received cases; %1 received none (listed apart in the annex).</source>
        <translation>
            <numerusform>Đơn vị được xếp hạng theo tỷ lệ vụ việc được trả lời đúng hạn, trên số vụ việc tiếp nhận trong kỳ đã đến hạn trả lời vào cuối kỳ. %n đơn vị có tiếp nhận vụ việc; %1 đơn vị không tiếp nhận vụ việc nào (liệt kê riêng tại phụ lục).</numerusform>
        </translation>
    </message>
    <message>
        <source>The first units of the ranking (every unit is in the annex):</source>
        <translation>Các đơn vị đứng đầu bảng xếp hạng (đầy đủ tại phụ lục):</translation>
    </message>
    <message>
        <source>Units that received no case in the period</source>
        <translation>Đơn vị không tiếp nhận vụ việc nào trong kỳ</translation>
    </message>
    <message>
        <source>Every unit received at least one case.</source>
        <translation>Tất cả các đơn vị đều có tiếp nhận vụ việc.</translation>
    </message>
    <message>
        <source>FIGURES BY UNIT</source>
        <translation>SỐ LIỆU THEO ĐƠN VỊ</translation>
    </message>
    <message>
        <source>—</source>
        <extracomment>the rank column of a unit without a share (none of its deadlines had come)</extracomment>
        <translation>—</translation>
    </message>
    <message>
        <source>Cases received per day, by category</source>
        <translation>Số vụ việc tiếp nhận theo ngày, theo loại</translation>
    </message>
    <message>
        <source>Cases received per week, by category</source>
        <translation>Số vụ việc tiếp nhận theo tuần, theo loại</translation>
    </message>
    <message>
        <source>First-response time per day (hours)</source>
        <translation>Thời gian phản hồi đầu tiên theo ngày (giờ)</translation>
    </message>
    <message>
        <source>First-response time per week (hours)</source>
        <translation>Thời gian phản hồi đầu tiên theo tuần (giờ)</translation>
    </message>
    <message>
        <source>Units that received the most cases, by category</source>
        <translation>Đơn vị tiếp nhận nhiều vụ việc nhất, theo loại</translation>
    </message>
    <message>
        <source>Half answered within</source>
        <translation>5/10 vụ việc được trả lời trong</translation>
    </message>
    <message>
        <source>9 in 10 answered within</source>
        <translation>9/10 vụ việc được trả lời trong</translation>
    </message>
    <message>
        <source>hours</source>
        <translation>giờ</translation>
    </message>
    <message>
        <source>wk %1</source>
        <extracomment>a week on a chart&apos;s axis, by its first day (dd/MM)</extracomment>
        <translation>Tuần %1</translation>
    </message>
    <message>
        <source>VI. CITIZENS&apos; SATISFACTION</source>
        <translation>VI. Ý KIẾN NGƯỜI DÂN</translation>
    </message>
    <message>
        <source>VII. CHARTS</source>
        <translation>VII. BIỂU ĐỒ</translation>
    </message>
    <message>
        <source>No satisfaction question reached a citizen in the period (the units that ask are chosen in Settings; a question goes only after an answer, within Zalo&apos;s free 48 hours, never for a crime report).</source>
        <translation>Trong kỳ không có câu hỏi về mức độ hài lòng nào được gửi tới người dân (đơn vị hỏi ý kiến được chọn trong Thiết lập; câu hỏi chỉ gửi sau khi đã trả lời, trong 48 giờ miễn phí của Zalo, không bao giờ gửi cho tố giác tội phạm).</translation>
    </message>
    <message numerus="yes">
        <source>The satisfaction question reached %n citizen(s), after %1 of the cases closed in the period; %2 replied with a rating (%3), on average %4 of 5.</source>
        <translation>
            <numerusform>Câu hỏi về mức độ hài lòng đã gửi tới %n người dân, sau %1 số vụ việc kết thúc trong kỳ; %2 người trả lời bằng điểm (%3), điểm trung bình %4/5.</numerusform>
        </translation>
    </message>
    <message>
        <source>By unit (the unit that held the case when the question went out):</source>
        <translation>Theo đơn vị (đơn vị đang giữ vụ việc khi gửi câu hỏi):</translation>
    </message>
    <message>
        <source>Asked</source>
        <translation>Đã hỏi</translation>
    </message>
    <message>
        <source>Rated</source>
        <translation>Đã chấm điểm</translation>
    </message>
    <message>
        <source>Average</source>
        <translation>Điểm TB</translation>
    </message>
</context>
<context>
    <name>casedesk::report::ReportTexts</name>
    <message>
        <source>SOCIALIST REPUBLIC OF VIETNAM</source>
        <translation>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</translation>
    </message>
    <message>
        <source>Independence - Freedom - Happiness</source>
        <translation>Độc lập - Tự do - Hạnh phúc</translation>
    </message>
    <message>
        <source>DAILY SUMMARY REPORT</source>
        <translation>BÁO CÁO TỔNG HỢP NGÀY</translation>
    </message>
    <message>
        <source>Receiving and handling citizens&apos; messages via Zalo</source>
        <translation>Tiếp nhận, xử lý tin nhắn của người dân qua Zalo</translation>
    </message>
    <message>
        <source>%1, %3/%2/%4</source>
        <extracomment>%1 place, %2 day, %3 month, %4 year; Vietnamese: &quot;%1, ngày %2 tháng %3 năm %4&quot;</extracomment>
        <translation>%1, ngày %2 tháng %3 năm %4</translation>
    </message>
    <message>
        <source>Unit: %1 and the units under it</source>
        <translation>Đơn vị: %1 và các đơn vị trực thuộc</translation>
    </message>
    <message>
        <source>I. MESSAGES RECEIVED</source>
        <translation>I. TIẾP NHẬN</translation>
    </message>
    <message>
        <source>II. HANDLING</source>
        <translation>II. KẾT QUẢ XỬ LÝ</translation>
    </message>
    <message>
        <source>III. FIRST RESPONSE TIME</source>
        <translation>III. THỜI GIAN PHẢN HỒI ĐẦU TIÊN</translation>
    </message>
    <message>
        <source>IV. URGENT CASES STILL OPEN</source>
        <translation>IV. VỤ VIỆC KHẨN CHƯA KẾT THÚC</translation>
    </message>
    <message>
        <source>V. CHARTS</source>
        <translation>V. BIỂU ĐỒ</translation>
    </message>
    <message>
        <source>Cases received</source>
        <translation>Vụ việc tiếp nhận</translation>
    </message>
    <message>
        <source>Cases answered</source>
        <translation>Vụ việc đã trả lời</translation>
    </message>
    <message>
        <source>Forwarded to the competent unit</source>
        <translation>Chuyển đơn vị có thẩm quyền</translation>
    </message>
    <message>
        <source>Escalated to the unit above</source>
        <translation>Báo cáo cấp trên</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>Trả lại</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Đã đóng</translation>
    </message>
    <message>
        <source>Still open at the end of the day</source>
        <translation>Chưa kết thúc cuối ngày</translation>
    </message>
    <message>
        <source>Overdue (deadline passed, not answered)</source>
        <translation>Quá hạn (quá hạn trả lời, chưa trả lời)</translation>
    </message>
    <message>
        <source>Missed the Zalo reply window</source>
        <translation>Quá hạn trả lời qua Zalo</translation>
    </message>
    <message>
        <source>%1 answer(s) refused after the window closed; %2 case(s) not answered within 7 days</source>
        <translation>%1 lượt trả lời bị từ chối do đã hết hạn; %2 vụ việc không được trả lời trong 7 ngày</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Tổng cộng</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Chỉ tiêu</translation>
    </message>
    <message>
        <source>This day</source>
        <translation>Trong ngày</translation>
    </message>
    <message>
        <source>Previous day</source>
        <translation>Ngày trước</translation>
    </message>
    <message>
        <source>7-day average</source>
        <translation>Trung bình 7 ngày</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Tăng/giảm</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Loại</translation>
    </message>
    <message>
        <source>Unit level</source>
        <translation>Cấp đơn vị</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Số lượng</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Số vụ việc</translation>
    </message>
    <message>
        <source>Within deadline</source>
        <translation>Đúng hạn</translation>
    </message>
    <message>
        <source>Case code</source>
        <translation>Mã vụ việc</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Thời gian chờ</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>STT</translation>
    </message>
    <message>
        <source>Cases received by category</source>
        <translation>Vụ việc tiếp nhận theo loại</translation>
    </message>
    <message>
        <source>Cases received by hour of the day</source>
        <translation>Vụ việc tiếp nhận theo giờ trong ngày</translation>
    </message>
    <message>
        <source>Cases received by unit level</source>
        <translation>Vụ việc tiếp nhận theo cấp đơn vị</translation>
    </message>
    <message>
        <source>No urgent case is still open.</source>
        <translation>Không có vụ việc khẩn nào chưa kết thúc.</translation>
    </message>
    <message>
        <source>PREPARED BY</source>
        <translation>NGƯỜI LẬP BIỂU</translation>
    </message>
    <message>
        <source>HEAD OF UNIT</source>
        <translation>LÃNH ĐẠO ĐƠN VỊ</translation>
    </message>
    <message>
        <source>(Signature and full name)</source>
        <translation>(Ký, ghi rõ họ tên)</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 phút</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 giờ %2 phút</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 ngày %2 giờ</translation>
    </message>
    <message numerus="yes">
        <source>Case history when this report was made: %n event(s). Anchor, to check later that the history was not rewritten (casedesk-cli audit verify --anchor): %1</source>
        <translation>
            <numerusform>Lịch sử xử lý tại thời điểm lập báo cáo: %n bản ghi. Mốc đối chiếu, để sau này kiểm tra lịch sử xử lý không bị viết lại (casedesk-cli audit verify --anchor): %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Figures of %1, from 00:00 to 24:00</source>
        <extracomment>%1 the date (dd/MM/yyyy)</extracomment>
        <translation>Số liệu ngày %1, từ 00 giờ 00 đến 24 giờ 00</translation>
    </message>
    <message>
        <source>Half answered within</source>
        <extracomment>the median first-response time, in plain words (Vietnamese: &quot;5/10 vụ việc được trả lời trong&quot;)</extracomment>
        <translation>5/10 vụ việc được trả lời trong</translation>
    </message>
    <message>
        <source>9 in 10 answered within</source>
        <extracomment>the 90th percentile of first-response times, in plain words (Vietnamese: &quot;9/10 vụ việc được trả lời trong&quot;)</extracomment>
        <translation>9/10 vụ việc được trả lời trong</translation>
    </message>
    <message>
        <source>ANNEX</source>
        <translation>PHỤ LỤC</translation>
    </message>
    <message>
        <source>URGENT CASES STILL OPEN</source>
        <translation>DANH SÁCH VỤ VIỆC KHẨN CHƯA KẾT THÚC</translation>
    </message>
    <message>
        <source>(Attached to the daily summary report of %1 of %2)</source>
        <extracomment>%1 the date (dd/MM/yyyy), %2 the unit</extracomment>
        <translation>(Kèm theo Báo cáo tổng hợp ngày %1 của %2)</translation>
    </message>
    <message>
        <source>Received at</source>
        <translation>Tiếp nhận lúc</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Quá hạn</translation>
    </message>
    <message>
        <source>Yes</source>
        <extracomment>in the annex&apos;s &quot;Overdue&quot; column, for a case past its deadline</extracomment>
        <translation>Có</translation>
    </message>
    <message>
        <source>Recipients:</source>
        <translation>Nơi nhận:</translation>
    </message>
    <message>
        <source>- The leadership of %1 (for reporting);</source>
        <translation>- Lãnh đạo %1 (để báo cáo);</translation>
    </message>
    <message>
        <source>- The units under it;</source>
        <translation>- Các đơn vị trực thuộc;</translation>
    </message>
    <message>
        <source>- Filed: records office.</source>
        <extracomment>the filing line of an official document (Vietnamese: &quot;- Lưu: VT.&quot;)</extracomment>
        <translation>- Lưu: VT.</translation>
    </message>
    <message numerus="yes">
        <source>%n urgent case(s) not yet closed, %1 of them still without a first answer and %2 overdue; they are listed in the annex at the end of this report.</source>
        <translation>
            <numerusform>Còn %n vụ việc khẩn chưa kết thúc, trong đó %1 vụ việc chưa được trả lời lần đầu và %2 vụ việc quá hạn trả lời; danh sách tại Phụ lục kèm theo báo cáo này.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>casedesk::report::ReportWriters</name>
    <message>
        <source>yes</source>
        <translation>có</translation>
    </message>
    <message>
        <source>no</source>
        <translation>không</translation>
    </message>
    <message>
        <source>Case code</source>
        <translation>Mã vụ việc</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Loại</translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation>Khẩn</translation>
    </message>
    <message>
        <source>Origin unit</source>
        <translation>Đơn vị tiếp nhận</translation>
    </message>
    <message>
        <source>Current unit</source>
        <translation>Đơn vị đang xử lý</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Thời điểm tiếp nhận</translation>
    </message>
    <message>
        <source>First response</source>
        <translation>Phản hồi đầu tiên</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Hạn trả lời</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Quá hạn</translation>
    </message>
    <message>
        <source>Received that day</source>
        <translation>Tiếp nhận trong ngày</translation>
    </message>
    <message>
        <source>Actions that day</source>
        <translation>Xử lý trong ngày</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Xếp hạng</translation>
    </message>
    <message>
        <source>Unit id</source>
        <translation>Mã đơn vị</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Cấp đơn vị</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Tiếp nhận</translation>
    </message>
    <message>
        <source>Received in the previous period</source>
        <translation>Tiếp nhận kỳ trước</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Đã trả lời</translation>
    </message>
    <message>
        <source>Forwarded</source>
        <translation>Chuyển đơn vị có thẩm quyền</translation>
    </message>
    <message>
        <source>Escalated</source>
        <translation>Báo cáo cấp trên</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>Trả lại</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Đã đóng</translation>
    </message>
    <message>
        <source>Answered within deadline</source>
        <translation>Trả lời đầu tiên đúng hạn</translation>
    </message>
    <message>
        <source>Share within deadline</source>
        <translation>Tỷ lệ đúng hạn</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Tổng cộng</translation>
    </message>
    <message>
        <source>Deadlines met or passed</source>
        <translation>Đã trả lời đúng hạn hoặc đã quá hạn</translation>
    </message>
    <message>
        <source>Satisfaction asked</source>
        <translation>Đã hỏi ý kiến</translation>
    </message>
    <message>
        <source>Satisfaction rated</source>
        <translation>Đã chấm điểm</translation>
    </message>
    <message>
        <source>Average rating (1-5)</source>
        <translation>Điểm trung bình (1-5)</translation>
    </message>
</context>
<context>
    <name>casedesk::simulator::DemoWorld</name>
    <message>
        <source>No demo account could be connected: %1</source>
        <translation>Không kết nối được trang Zalo trình diễn nào: %1</translation>
    </message>
    <message>
        <source>Cannot make a demo folder in %1: %2</source>
        <translation>Không tạo được thư mục trình diễn trong %1: %2</translation>
    </message>
    <message>
        <source>The demo record %1 cannot be written.</source>
        <translation>Không ghi được tệp mô tả bản trình diễn %1.</translation>
    </message>
    <message>
        <source>The demo record %1 cannot be written: %2</source>
        <translation>Không ghi được tệp mô tả bản trình diễn %1: %2</translation>
    </message>
</context>
<context>
    <name>casedesk::simulator::PhraseBank</name>
    <message>
        <source>The simulator&apos;s phrase bank is not valid JSON: %1.</source>
        <translation>Kho câu mẫu của trình giả lập không phải JSON hợp lệ: %1.</translation>
    </message>
    <message>
        <source>The simulator&apos;s phrase bank has no messages for category &quot;%1&quot;.</source>
        <translation>Kho câu mẫu của trình giả lập không có tin nhắn nào cho loại &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The simulator&apos;s phrase bank is incomplete.</source>
        <translation>Kho câu mẫu của trình giả lập không đầy đủ.</translation>
    </message>
    <message>
        <source>The simulator&apos;s phrase bank is missing from the program&apos;s resources.</source>
        <translation>Tài nguyên của chương trình thiếu kho câu mẫu của trình giả lập.</translation>
    </message>
</context>
<context>
    <name>casedesk::simulator::ZaloSimulator</name>
    <message>
        <source>The Zalo simulator cannot listen on port %1 of 127.0.0.1 (in use or not allowed).</source>
        <translation>Trình giả lập Zalo không mở được cổng %1 trên 127.0.0.1 (cổng đang được dùng hoặc không được phép).</translation>
    </message>
    <message>
        <source>The simulator has no OA %1.</source>
        <translation>Trình giả lập không có OA %1.</translation>
    </message>
    <message>
        <source>OA %1 has no citizen %2.</source>
        <translation>OA %1 không có người dân %2.</translation>
    </message>
    <message>
        <source>Unknown fault &quot;%1&quot;; use KIND[:N] with KIND one of %2.</source>
        <translation>Không có loại lỗi &quot;%1&quot;; hãy dùng KIND[:N], trong đó KIND là một trong: %2.</translation>
    </message>
    <message>
        <source>Fault &quot;%1&quot;: N must be a positive number of requests or &quot;always&quot;.</source>
        <translation>Lỗi &quot;%1&quot;: N phải là số yêu cầu (số dương) hoặc &quot;always&quot;.</translation>
    </message>
    <message>
        <source>Fault &quot;%1&quot;: only slow takes a third part, the delay in milliseconds.</source>
        <translation>Lỗi &quot;%1&quot;: chỉ slow mới có phần thứ ba (độ trễ tính bằng mili giây).</translation>
    </message>
</context>
<context>
    <name>casedesk::store::AccountStore</name>
    <message>
        <source>The database is busy: %1</source>
        <translation>Cơ sở dữ liệu đang bận: %1</translation>
    </message>
    <message>
        <source>There is no unit with id %1.</source>
        <translation>Không có đơn vị mã %1.</translation>
    </message>
    <message>
        <source>The Zalo account %1 is already connected (unit %2).</source>
        <translation>Trang Zalo %1 đã được kết nối (đơn vị %2).</translation>
    </message>
    <message>
        <source>The Zalo account %1 cannot be stored: %2</source>
        <translation>Không lưu được trang Zalo %1: %2</translation>
    </message>
</context>
<context>
    <name>casedesk::store::ApprovalPolicyStore</name>
    <message>
        <source>The approval policy cannot be read: %1</source>
        <translation>Không đọc được quy định duyệt trả lời: %1</translation>
    </message>
    <message>
        <source>The database is busy: %1</source>
        <translation>Cơ sở dữ liệu đang bận: %1</translation>
    </message>
    <message>
        <source>The approval policy was not changed: %1</source>
        <translation>Chưa thay đổi được quy định duyệt trả lời: %1</translation>
    </message>
</context>
<context>
    <name>casedesk::store::AuditStore</name>
    <message>
        <source>The head of the case history cannot be read: %1</source>
        <translation>Không đọc được điểm cuối chuỗi của lịch sử xử lý: %1</translation>
    </message>
    <message>
        <source>The head of the case history is missing: the database was changed outside CaseDesk.</source>
        <translation>Thiếu điểm cuối chuỗi của lịch sử xử lý: cơ sở dữ liệu đã bị sửa đổi bên ngoài CaseDesk.</translation>
    </message>
    <message>
        <source>The case history cannot be read: %1</source>
        <translation>Không đọc được lịch sử xử lý: %1</translation>
    </message>
    <message>
        <source>event %1</source>
        <translation>bản ghi %1</translation>
    </message>
    <message>
        <source>event %1 (case %2)</source>
        <translation>bản ghi %1 (vụ việc %2)</translation>
    </message>
    <message>
        <source>The history is broken at %1: it does not follow the event before it, so an event was removed or inserted just before it.</source>
        <translation>Lịch sử xử lý bị đứt đoạn tại %1: bản ghi này không nối tiếp bản ghi liền trước, tức là đã có bản ghi bị xóa hoặc bị chèn ngay trước nó.</translation>
    </message>
    <message>
        <source>The history is broken at %1: its content was changed after it was written (it no longer matches its hash).</source>
        <translation>Lịch sử xử lý bị đứt đoạn tại %1: nội dung bản ghi đã bị sửa sau khi ghi (không còn khớp với mã băm của nó).</translation>
    </message>
    <message>
        <source>The head of the history is missing: the database was changed outside CaseDesk.</source>
        <translation>Thiếu điểm cuối chuỗi của lịch sử xử lý: cơ sở dữ liệu đã bị sửa đổi bên ngoài CaseDesk.</translation>
    </message>
    <message>
        <source>The history has %1 events but its head records %2: events were removed from its end, or it was changed outside CaseDesk.</source>
        <translation>Lịch sử xử lý có %1 bản ghi nhưng điểm cuối chuỗi ghi nhận %2: đã có bản ghi bị xóa ở cuối, hoặc lịch sử xử lý đã bị sửa đổi bên ngoài CaseDesk.</translation>
    </message>
    <message>
        <source>The anchor %1 is not on the history&apos;s chain: event number %2 is missing or has another hash, so the history was rewritten after the anchor was taken.</source>
        <translation>Mốc đối chiếu %1 không có trên chuỗi mã băm của lịch sử xử lý: bản ghi thứ %2 bị thiếu hoặc có mã băm khác, tức là lịch sử xử lý đã bị viết lại sau khi lấy mốc.</translation>
    </message>
</context>
<context>
    <name>casedesk::store::CaseStore</name>
    <message>
        <source>The case store cannot be read: %1</source>
        <translation>Không đọc được dữ liệu vụ việc: %1</translation>
    </message>
    <message>
        <source>There is no case %1.</source>
        <translation>Không có vụ việc %1.</translation>
    </message>
    <message>
        <source>Case %1 belongs to a unit outside your units.</source>
        <translation>Vụ việc %1 thuộc đơn vị ngoài phạm vi của bạn.</translation>
    </message>
    <message>
        <source>There is no case &quot;%1&quot;: give a case id or a code like TV-2026-000123.</source>
        <translation>Không có vụ việc &quot;%1&quot;: hãy nhập số hiệu hoặc mã vụ việc dạng TV-2026-000123.</translation>
    </message>
    <message numerus="yes">
        <source>The old code %1 belongs to %n case(s) of data folders moved into this database: %2. Give the new code.</source>
        <translation>
            <numerusform>Mã cũ %1 thuộc về %n vụ việc của các thư mục dữ liệu đã chuyển vào cơ sở dữ liệu này: %2. Hãy dùng mã mới.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>casedesk::store::CaseWriter</name>
    <message>
        <source>The change was not saved: %1</source>
        <translation>Chưa lưu được thay đổi: %1</translation>
    </message>
    <message>
        <source>Case %1 is closed: reopen it first.</source>
        <translation>Vụ việc %1 đã đóng: hãy mở lại trước.</translation>
    </message>
    <message>
        <source>Nobody is named as the acting officer: set the officer&apos;s name first.</source>
        <translation>Chưa xác định cán bộ thực hiện: hãy nhập họ tên cán bộ trước.</translation>
    </message>
    <message>
        <source>There is no case %1.</source>
        <translation>Không có vụ việc %1.</translation>
    </message>
    <message>
        <source>Case %1 is now with unit %2, outside your units: only that unit can act on it.</source>
        <translation>Vụ việc %1 hiện do đơn vị %2 xử lý, ngoài phạm vi của bạn: chỉ đơn vị đó mới xử lý được.</translation>
    </message>
    <message>
        <source>never</source>
        <translation>không rõ</translation>
    </message>
    <message>
        <source>Zalo&apos;s reply window for case %1 is closed: the citizen last wrote on %2, more than 7 days ago, and Zalo refuses answers after that. Nothing was sent. Reach the citizen another way (a phone number they shared, a letter) and record it as an internal note, or wait until they write again.</source>
        <translation>Đã hết hạn trả lời qua Zalo đối với vụ việc %1: người dân nhắn tin lần cuối (%2) đã quá 7 ngày, sau thời hạn này Zalo không nhận trả lời. Chưa gửi gì. Hãy liên hệ người dân bằng cách khác (số điện thoại người dân đã cung cấp, gửi văn bản) và ghi lại bằng ghi chú nội bộ, hoặc chờ người dân nhắn tin lại.</translation>
    </message>
    <message>
        <source>Forward without the acknowledgement.</source>
        <translation>Hãy chuyển mà không gửi thông báo tiếp nhận.</translation>
    </message>
    <message>
        <source>The citizen last wrote more than 48 hours ago (%1): this answer will be billed to the province&apos;s Zalo Cloud Account, and it fails if that account has no funds. Confirm to send it anyway; Zalo closes the conversation on %2.</source>
        <translation>Người dân nhắn tin lần cuối đã quá 48 giờ (%1): trả lời này sẽ bị tính phí vào Zalo Cloud Account của Công an tỉnh và sẽ không gửi được nếu tài khoản đó hết tiền. Xác nhận nếu vẫn muốn gửi; Zalo đóng hội thoại lúc %2.</translation>
    </message>
    <message>
        <source>Case %1 is already in that category.</source>
        <translation>Vụ việc %1 đã thuộc loại này.</translation>
    </message>
    <message>
        <source>Case %1 has no assignee.</source>
        <translation>Vụ việc %1 chưa giao cho ai.</translation>
    </message>
    <message>
        <source>Case %1 is already assigned to %2.</source>
        <translation>Vụ việc %1 đã được giao cho %2.</translation>
    </message>
    <message>
        <source>The note is empty: write what you want to record.</source>
        <translation>Ghi chú đang trống: hãy nhập nội dung cần ghi.</translation>
    </message>
    <message>
        <source>Say why the case goes to that unit: a reason is required.</source>
        <translation>Hãy nêu lý do chuyển vụ việc đến đơn vị đó: bắt buộc phải có lý do.</translation>
    </message>
    <message>
        <source>There is no unit &quot;%1&quot;: pick a unit of the tree (casedesk-cli units list).</source>
        <translation>Không có đơn vị &quot;%1&quot;: hãy chọn một đơn vị trong cây đơn vị (casedesk-cli units list).</translation>
    </message>
    <message>
        <source>Unit %1 no longer exists (closed in a reorganisation): pick the unit that took over.</source>
        <translation>Đơn vị %1 không còn (đã giải thể khi sắp xếp lại tổ chức): hãy chọn đơn vị tiếp nhận nhiệm vụ.</translation>
    </message>
    <message>
        <source>Case %1 is already with unit %2.</source>
        <translation>Vụ việc %1 đã ở đơn vị %2.</translation>
    </message>
    <message>
        <source>The acknowledgement is longer than Zalo&apos;s %1 characters.</source>
        <translation>Thông báo tiếp nhận dài quá %1 ký tự, vượt giới hạn của Zalo.</translation>
    </message>
    <message>
        <source>Say why the case goes to the higher level: a reason is required.</source>
        <translation>Hãy nêu lý do báo cáo vụ việc lên cấp trên: bắt buộc phải có lý do.</translation>
    </message>
    <message>
        <source>Unit %1 is at the top of the tree: there is no higher level. Forward the case to a competent unit instead.</source>
        <translation>Đơn vị %1 là cấp cao nhất trong cây đơn vị, không có cấp trên. Hãy chuyển vụ việc đến đơn vị có thẩm quyền.</translation>
    </message>
    <message>
        <source>Case %1 is not waiting to be accepted (status: %2).</source>
        <translation>Vụ việc %1 không ở trạng thái chờ tiếp nhận (trạng thái: %2).</translation>
    </message>
    <message>
        <source>Say why the case goes back: a reason is required.</source>
        <translation>Hãy nêu lý do trả lại vụ việc: bắt buộc phải có lý do.</translation>
    </message>
    <message>
        <source>Case %1 was not transferred to your unit, or was already accepted: there is nobody to return it to.</source>
        <translation>Vụ việc %1 không được chuyển đến đơn vị của bạn, hoặc đã được tiếp nhận: không có đơn vị nào để trả lại.</translation>
    </message>
    <message>
        <source>Case %1 is already closed.</source>
        <translation>Vụ việc %1 đã đóng.</translation>
    </message>
    <message>
        <source>Case %1 is not closed.</source>
        <translation>Vụ việc %1 chưa đóng.</translation>
    </message>
    <message>
        <source>The citizen has an open case %1 at the same Zalo account: continue there instead of reopening %2.</source>
        <translation>Người dân đang có vụ việc %1 chưa đóng trên cùng trang Zalo: hãy tiếp tục xử lý ở vụ việc đó thay vì mở lại %2.</translation>
    </message>
    <message>
        <source>Say why you need the reporter&apos;s identity: every reveal is logged with its reason.</source>
        <translation>Hãy nêu lý do cần xem danh tính người tố giác: mỗi lần xem đều được ghi lại cùng lý do.</translation>
    </message>
    <message>
        <source>The answer is empty: write the answer first.</source>
        <translation>Nội dung trả lời đang trống: hãy nhập nội dung trả lời.</translation>
    </message>
    <message>
        <source>The answer has %1 characters; Zalo accepts at most %2. Shorten it or split it in two answers.</source>
        <translation>Trả lời có %1 ký tự; Zalo chỉ nhận tối đa %2 ký tự. Hãy rút gọn hoặc tách thành hai lần trả lời.</translation>
    </message>
    <message>
        <source>Case %1 is closed: reopen it before answering.</source>
        <translation>Vụ việc %1 đã đóng: hãy mở lại trước khi trả lời.</translation>
    </message>
    <message>
        <source>You have not looked at case %1 yet: look at the conversation first, then answer.</source>
        <translation>Bạn chưa xem vụ việc %1: hãy xem hội thoại trước rồi mới trả lời.</translation>
    </message>
    <message>
        <source>Case %1 changed since you last looked at it (a new message, an answer or another officer&apos;s action): look at it again, then confirm your answer.</source>
        <translation>Vụ việc %1 đã thay đổi kể từ lần bạn xem trước (có tin nhắn mới, trả lời mới hoặc thao tác của cán bộ khác): hãy xem lại rồi xác nhận trả lời.</translation>
    </message>
    <message>
        <source>Message %1 is not one of the citizen&apos;s messages in case %2: quote a message of this conversation.</source>
        <translation>Tin nhắn %1 không phải tin nhắn của người dân trong vụ việc %2: hãy trích dẫn một tin nhắn trong hội thoại này.</translation>
    </message>
    <message>
        <source>Case %1 has never been a crime report: its citizen is not hidden, there is nothing to reveal.</source>
        <translation>Vụ việc %1 chưa từng là tố giác tội phạm: danh tính người dân không bị ẩn nên không có gì cần xem.</translation>
    </message>
    <message>
        <source>Case %1 is with unit %2, outside your unit: you may read it, only that unit can act on it.</source>
        <translation>Vụ việc %1 đang ở đơn vị %2, ngoài đơn vị của bạn: bạn được xem, chỉ đơn vị đó được xử lý.</translation>
    </message>
    <message>
        <source>There is no officer named %1 who can sign in.</source>
        <translation>Không có cán bộ nào tên %1 đang được phép đăng nhập.</translation>
    </message>
    <message>
        <source>%1 cannot act on the cases of unit %2: assign the case to an officer of that unit.</source>
        <translation>%1 không được xử lý vụ việc của đơn vị %2: hãy giao vụ việc cho một cán bộ của đơn vị đó.</translation>
    </message>
    <message>
        <source>Case %1 has no answer %2: see its answers with &quot;casedesk-cli case show %1&quot;.</source>
        <translation>Vụ việc %1 không có trả lời %2: xem các trả lời bằng &quot;casedesk-cli case show %1&quot;.</translation>
    </message>
    <message>
        <source>Answer %1 of case %2 is not waiting for approval (its state is %3).</source>
        <translation>Trả lời %1 của vụ việc %2 không ở trạng thái chờ duyệt (trạng thái hiện tại: %3).</translation>
    </message>
    <message>
        <source>Case %1 is closed: reopen it before approving its answer.</source>
        <translation>Vụ việc %1 đã đóng: hãy mở lại trước khi duyệt trả lời.</translation>
    </message>
    <message>
        <source>Answer %1 of case %2 is no longer waiting for approval.</source>
        <translation>Trả lời %1 của vụ việc %2 không còn chờ duyệt.</translation>
    </message>
    <message>
        <source>Say why the answer goes back: the officer who wrote it reads your reason.</source>
        <translation>Hãy nêu lý do trả lại: cán bộ viết trả lời sẽ đọc lý do của bạn.</translation>
    </message>
    <message>
        <source>Answer %1 of case %2 did not fail to send (its state is %3).</source>
        <translation>Trả lời %1 của vụ việc %2 không phải trả lời gửi lỗi (trạng thái hiện tại: %3).</translation>
    </message>
    <message>
        <source>Case %1 is closed: reopen it before sending its answer again.</source>
        <translation>Vụ việc %1 đã đóng: mở lại vụ việc trước khi gửi lại trả lời.</translation>
    </message>
    <message>
        <source>Answer %1 of case %2 is no longer a failed answer.</source>
        <translation>Trả lời %1 của vụ việc %2 không còn ở trạng thái gửi lỗi.</translation>
    </message>
    <message>
        <source>Write how the citizen was reached instead (a phone call, a letter, a visit) before closing.</source>
        <translation>Ghi rõ đã liên hệ người dân bằng cách khác như thế nào (gọi điện, gửi văn bản, đến gặp) trước khi đóng vụ việc.</translation>
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
    <message>
        <source>The folder %1 is read-only: SQLite must write its journal files (%2-wal, %2-shm) next to the database, so CaseDesk cannot use %2 and has changed nothing. Check the folder&apos;s permissions: the user running CaseDesk must be allowed to write in it.</source>
        <translation>Thư mục %1 chỉ cho phép đọc: SQLite phải ghi các tệp nhật ký giao dịch (%2-wal, %2-shm) cạnh cơ sở dữ liệu, nên CaseDesk không dùng được %2 và chưa thay đổi gì. Hãy kiểm tra quyền của thư mục: người dùng chạy CaseDesk phải được phép ghi vào thư mục này.</translation>
    </message>
    <message>
        <source>The database %1 is read-only: CaseDesk cannot record anything in it and has changed nothing. Check the file&apos;s permissions: the user running CaseDesk must be allowed to write it.</source>
        <translation>Cơ sở dữ liệu %1 chỉ cho phép đọc: CaseDesk không ghi được gì vào đó và chưa thay đổi gì. Hãy kiểm tra quyền của tệp: người dùng chạy CaseDesk phải được phép ghi tệp này.</translation>
    </message>
    <message>
        <source>The database %1 is damaged (%2): CaseDesk cannot read it and has changed nothing. Restore %3 from a backup (with CaseDesk closed), or move the damaged file away to start with an empty one.</source>
        <translation>Cơ sở dữ liệu %1 bị hỏng (%2): CaseDesk không đọc được và chưa thay đổi gì. Hãy khôi phục %3 từ bản sao lưu (khi đã đóng CaseDesk), hoặc chuyển tệp bị hỏng sang chỗ khác để bắt đầu với một cơ sở dữ liệu trống.</translation>
    </message>
    <message>
        <source>The database %1 is locked by another program (%2): CaseDesk waited %3 seconds and has changed nothing. Close the other program that holds it (an sqlite3 shell, a backup or copy tool) and try again.</source>
        <translation>Cơ sở dữ liệu %1 đang bị chương trình khác khóa (%2): CaseDesk đã chờ %3 giây và chưa thay đổi gì. Hãy đóng chương trình đang giữ tệp (cửa sổ lệnh sqlite3, công cụ sao lưu hoặc sao chép) rồi thử lại.</translation>
    </message>
    <message>
        <source>The database %1 cannot be read: CaseDesk is not allowed to open it and has changed nothing. Check the file&apos;s permissions: the user running CaseDesk must be allowed to read and write it.</source>
        <translation>Không đọc được cơ sở dữ liệu %1: CaseDesk không có quyền mở tệp và chưa thay đổi gì. Hãy kiểm tra quyền của tệp: người dùng chạy CaseDesk phải được phép đọc và ghi tệp này.</translation>
    </message>
    <message>
        <source>The database %1 cannot be opened (%2) and was not changed. Check the permissions of the file and of its folder: the user running CaseDesk must be allowed to read and write both.</source>
        <translation>Không mở được cơ sở dữ liệu %1 (%2); dữ liệu chưa bị thay đổi. Hãy kiểm tra quyền của tệp và của thư mục chứa tệp: người dùng chạy CaseDesk phải được phép đọc và ghi cả hai.</translation>
    </message>
    <message>
        <source>Cannot create the database %1: check that its folder exists and may be written.</source>
        <translation>Không tạo được cơ sở dữ liệu %1: hãy kiểm tra thư mục chứa tệp có tồn tại và cho phép ghi hay không.</translation>
    </message>
    <message>
        <source>Cannot restore the protections of the case history in %1: %2</source>
        <translation>Không khôi phục được cơ chế bảo vệ lịch sử xử lý trong %1: %2</translation>
    </message>
    <message>
        <source>Cannot record the restored protections of the case history in %1: %2</source>
        <translation>Không ghi nhận được việc khôi phục cơ chế bảo vệ lịch sử xử lý trong %1: %2</translation>
    </message>
    <message>
        <source>database init works on a PostgreSQL address (postgresql://HOST:PORT/DATABASE), not on %1: a single PC&apos;s file is created and upgraded when CaseDesk opens it.</source>
        <translation>database init làm việc trên địa chỉ PostgreSQL (postgresql://HOST:PORT/DATABASE), không phải trên %1: tệp của một máy tính được tạo và nâng cấp khi CaseDesk mở tệp đó.</translation>
    </message>
    <message>
        <source>Cannot read the schema of the database %1: %2</source>
        <translation>Không đọc được lược đồ của cơ sở dữ liệu %1: %2</translation>
    </message>
    <message>
        <source>The database %1 was written by a newer CaseDesk (schema %2; this program knows up to %3). It was left untouched: install the newer CaseDesk on this PC.</source>
        <translation>Cơ sở dữ liệu %1 do phiên bản CaseDesk mới hơn tạo (lược đồ %2; chương trình này chỉ biết đến %3). Dữ liệu được giữ nguyên: hãy cài CaseDesk mới hơn trên máy tính này.</translation>
    </message>
    <message>
        <source>The database %1 holds no CaseDesk schema yet: ask the administrator to run &quot;casedesk-cli --database URL database init&quot; on it.</source>
        <translation>Cơ sở dữ liệu %1 chưa có lược đồ CaseDesk: hãy đề nghị quản trị viên chạy &quot;casedesk-cli --database URL database init&quot; trên cơ sở dữ liệu đó.</translation>
    </message>
    <message>
        <source>The database %1 has schema %2, older than this program&apos;s %3: ask the administrator to run &quot;casedesk-cli --database URL database init&quot; to upgrade it. Nothing was changed.</source>
        <translation>Cơ sở dữ liệu %1 có lược đồ %2, cũ hơn lược đồ %3 của chương trình này: hãy đề nghị quản trị viên chạy &quot;casedesk-cli --database URL database init&quot; để nâng cấp. Chưa có gì bị thay đổi.</translation>
    </message>
    <message>
        <source>The database address %1 is not a PostgreSQL address: write it as postgresql://HOST:PORT/DATABASE.</source>
        <translation>Địa chỉ cơ sở dữ liệu %1 không phải địa chỉ PostgreSQL: hãy viết theo dạng postgresql://HOST:PORT/DATABASE.</translation>
    </message>
    <message>
        <source>The database address cannot be read: %1</source>
        <translation>Không đọc được địa chỉ cơ sở dữ liệu: %1</translation>
    </message>
    <message>
        <source>The database address must not carry a password: it would be shown and kept in plain text. Put the password in the file ~/.pgpass (or the file PGPASSFILE names), or let the window ask for it.</source>
        <translation>Địa chỉ cơ sở dữ liệu không được chứa mật khẩu: mật khẩu sẽ bị hiển thị và lưu dưới dạng văn bản thường. Hãy ghi mật khẩu vào tệp ~/.pgpass (hoặc tệp do PGPASSFILE chỉ định), hoặc để cửa sổ chương trình hỏi mật khẩu.</translation>
    </message>
    <message>
        <source>Cannot reach the database server: out of memory.</source>
        <translation>Không kết nối được máy chủ cơ sở dữ liệu: hết bộ nhớ.</translation>
    </message>
    <message>
        <source>The database server %1 asks for a password that CaseDesk was not given (%2). Put it in ~/.pgpass (or the file PGPASSFILE names), or enter it in the window.</source>
        <translation>Máy chủ cơ sở dữ liệu %1 yêu cầu mật khẩu mà CaseDesk chưa được cung cấp (%2). Hãy ghi mật khẩu vào ~/.pgpass (hoặc tệp do PGPASSFILE chỉ định), hoặc nhập trong cửa sổ chương trình.</translation>
    </message>
    <message>
        <source>Cannot connect to the database server %1: %2</source>
        <translation>Không kết nối được máy chủ cơ sở dữ liệu %1: %2</translation>
    </message>
    <message>
        <source>The connection to the database server was lost: %1</source>
        <translation>Mất kết nối với máy chủ cơ sở dữ liệu: %1</translation>
    </message>
    <message>
        <source>The password cannot be prepared for the database server: %1</source>
        <translation>Không chuẩn bị được mật khẩu cho máy chủ cơ sở dữ liệu: %1</translation>
    </message>
    <message>
        <source>A PC&apos;s file has no server logins.</source>
        <translation>Tệp dữ liệu của một máy tính không có tài khoản máy chủ.</translation>
    </message>
</context>
<context>
    <name>casedesk::store::EventLog</name>
    <message>
        <source>The head of the case history is missing: the database was changed outside CaseDesk.</source>
        <translation>Thiếu điểm cuối chuỗi của lịch sử xử lý: cơ sở dữ liệu đã bị sửa đổi bên ngoài CaseDesk.</translation>
    </message>
</context>
<context>
    <name>casedesk::store::FeedbackStore</name>
    <message>
        <source>Cannot record the category correction: %1</source>
        <translation>Không ghi lại được việc sửa loại vụ việc: %1</translation>
    </message>
    <message>
        <source>Cannot read the category corrections: %1</source>
        <translation>Không đọc được các lần sửa loại vụ việc: %1</translation>
    </message>
    <message>
        <source>Cannot read the forwards: %1</source>
        <translation>Không đọc được các lần chuyển đơn vị trước đây: %1</translation>
    </message>
</context>
<context>
    <name>casedesk::store::FolderMove</name>
    <message>
        <source>Copying the %1 failed: %2. Nothing was changed in the database.</source>
        <translation>Sao chép %1 thất bại: %2. Cơ sở dữ liệu không bị thay đổi gì.</translation>
    </message>
    <message>
        <source>Case %1 of this folder is not the case moved before under that code (now %2): the folder looks like a copy of another folder that was moved. Nothing was changed in the database.</source>
        <translation>Vụ việc %1 của thư mục này không phải vụ việc đã được chuyển trước đây với mã đó (nay là %2): thư mục này có vẻ là bản sao của một thư mục khác đã được chuyển. Cơ sở dữ liệu không bị thay đổi gì.</translation>
    </message>
    <message>
        <source>The database already has a case %1 that is not case %2 of this folder: choose another prefix with --prefix. Nothing was changed in the database.</source>
        <translation>Cơ sở dữ liệu đã có vụ việc %1 không phải vụ việc %2 của thư mục này: hãy chọn tiền tố khác bằng --prefix. Cơ sở dữ liệu không bị thay đổi gì.</translation>
    </message>
    <message>
        <source>The citizen of case %1 already has an open case %2 at the same Zalo account in the database: a citizen has one open case per account. Close one of the two, then move the folder again. Nothing was changed in the database.</source>
        <translation>Người dân của vụ việc %1 đã có vụ việc đang mở %2 tại cùng trang Zalo trong cơ sở dữ liệu: mỗi người dân chỉ có một vụ việc đang mở tại mỗi trang. Hãy đóng một trong hai vụ việc, rồi chuyển lại thư mục. Cơ sở dữ liệu không bị thay đổi gì.</translation>
    </message>
    <message>
        <source>message %1 belongs to a case the folder does not have</source>
        <translation>tin nhắn %1 thuộc về một vụ việc không có trong thư mục</translation>
    </message>
    <message>
        <source>an answer belongs to a case the folder does not have</source>
        <translation>một câu trả lời thuộc về vụ việc không có trong thư mục</translation>
    </message>
    <message>
        <source>event %1 belongs to a case the folder does not have</source>
        <translation>bản ghi %1 thuộc về một vụ việc không có trong thư mục</translation>
    </message>
    <message>
        <source>Counting the %1 in the database failed: %2</source>
        <translation>Đếm %1 trong cơ sở dữ liệu thất bại: %2</translation>
    </message>
    <message>
        <source>The data folder&apos;s file is busy: %1</source>
        <translation>Tệp của thư mục dữ liệu đang bận: %1</translation>
    </message>
    <message>
        <source>The prefix &quot;%1&quot; is not usable: write 1 to 12 capital letters or digits (A–Z, 0–9), such as PC06 or XA29236.</source>
        <translation>Không dùng được tiền tố &quot;%1&quot;: hãy viết từ 1 đến 12 chữ in hoa hoặc chữ số (A–Z, 0–9), ví dụ PC06 hoặc XA29236.</translation>
    </message>
    <message>
        <source>A data folder moves into a province&apos;s PostgreSQL database, not into another file.</source>
        <translation>Thư mục dữ liệu chỉ chuyển được vào cơ sở dữ liệu PostgreSQL của tỉnh, không chuyển vào một tệp khác.</translation>
    </message>
    <message>
        <source>The data folder&apos;s file cannot be read: %1</source>
        <translation>Không đọc được tệp của thư mục dữ liệu: %1</translation>
    </message>
    <message>
        <source>The database cannot be read: %1</source>
        <translation>Không đọc được cơ sở dữ liệu: %1</translation>
    </message>
    <message>
        <source>This folder&apos;s history no longer holds what was moved into the database before (anchor %1): it was rewritten since, or the folder is a copy of the one moved then. Nothing was moved.</source>
        <translation>Lịch sử xử lý của thư mục này không còn chứa phần đã được chuyển vào cơ sở dữ liệu trước đây (mốc đối chiếu %1): lịch sử đã bị ghi lại từ đó, hoặc thư mục là bản sao của thư mục đã chuyển lúc đó. Chưa có gì được chuyển.</translation>
    </message>
    <message>
        <source>This folder&apos;s history is broken, so it cannot be moved: %1 Run &quot;casedesk-cli audit verify&quot; on the folder; nothing was moved.</source>
        <translation>Lịch sử xử lý của thư mục này bị hỏng nên không chuyển được: %1 Hãy chạy &quot;casedesk-cli audit verify&quot; trên thư mục; chưa có gì được chuyển.</translation>
    </message>
    <message>
        <source>The data folder&apos;s file cannot be written: %1</source>
        <translation>Không ghi được tệp của thư mục dữ liệu: %1</translation>
    </message>
    <message>
        <source>The folder&apos;s history grew while it was checked: close CaseDesk on this PC and move the folder again.</source>
        <translation>Lịch sử xử lý của thư mục đã tăng thêm trong lúc kiểm tra: hãy đóng CaseDesk trên máy tính này rồi chuyển lại thư mục.</translation>
    </message>
    <message>
        <source>The database cannot start the move: %1</source>
        <translation>Cơ sở dữ liệu không bắt đầu được việc chuyển: %1</translation>
    </message>
    <message>
        <source>This folder was being moved by another process at the same time; move it again to see where it stands.</source>
        <translation>Thư mục này đang được một tiến trình khác chuyển cùng lúc; hãy chuyển lại để xem tình trạng hiện tại.</translation>
    </message>
    <message>
        <source>This folder was moved into the database before with the prefix %1; it keeps it (leave out --prefix, or give %1).</source>
        <translation>Thư mục này đã được chuyển vào cơ sở dữ liệu trước đây với tiền tố %1 và giữ nguyên tiền tố đó (hãy bỏ --prefix, hoặc cho %1).</translation>
    </message>
    <message>
        <source>The prefix %1 is used by another folder moved into this database: choose another with --prefix.</source>
        <translation>Tiền tố %1 đã được một thư mục khác chuyển vào cơ sở dữ liệu này sử dụng: hãy chọn tiền tố khác bằng --prefix.</translation>
    </message>
    <message>
        <source>The move cannot be recorded in the database: %1</source>
        <translation>Không ghi nhận được việc chuyển vào cơ sở dữ liệu: %1</translation>
    </message>
    <message>
        <source>The move cannot be recorded in the history: %1</source>
        <translation>Không ghi nhận được việc chuyển vào lịch sử xử lý: %1</translation>
    </message>
    <message>
        <source>The database did not take the move (nothing of it was kept): %1</source>
        <translation>Cơ sở dữ liệu không nhận việc chuyển (không giữ lại phần nào): %1</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>Không ghi được %1.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Không ghi được %1: %2</translation>
    </message>
    <message>
        <source>units</source>
        <translation>đơn vị</translation>
    </message>
    <message>
        <source>Zalo accounts</source>
        <translation>trang Zalo</translation>
    </message>
    <message>
        <source>citizens</source>
        <translation>người dân</translation>
    </message>
    <message>
        <source>cases</source>
        <translation>vụ việc</translation>
    </message>
    <message>
        <source>messages</source>
        <translation>tin nhắn</translation>
    </message>
    <message>
        <source>history events</source>
        <translation>bản ghi lịch sử xử lý</translation>
    </message>
    <message>
        <source>answers (outbox)</source>
        <translation>câu trả lời (hàng đợi gửi)</translation>
    </message>
    <message>
        <source>templates</source>
        <translation>mẫu trả lời</translation>
    </message>
    <message>
        <source>classifier corrections</source>
        <translation>hiệu chỉnh phân loại</translation>
    </message>
    <message>
        <source>drafts</source>
        <translation>bản nháp trả lời</translation>
    </message>
    <message>
        <source>what officers last saw</source>
        <translation>lần xem gần nhất của cán bộ</translation>
    </message>
    <message>
        <source>The Zalo tokens cannot be moved into the database: %1</source>
        <translation>Không chuyển được mã truy cập Zalo vào cơ sở dữ liệu: %1</translation>
    </message>
    <message>
        <source>The database&apos;s sync key changed while the folder was being moved (it was rotated): nothing was moved; run the command again.</source>
        <translation>Khóa đồng bộ của cơ sở dữ liệu đã thay đổi (được xoay vòng) trong khi chuyển thư mục: chưa có gì được chuyển; hãy chạy lại lệnh.</translation>
    </message>
</context>
<context>
    <name>casedesk::store::IngestStore</name>
    <message>
        <source>The database is busy: %1</source>
        <translation>Cơ sở dữ liệu đang bận: %1</translation>
    </message>
    <message>
        <source>The messages were not saved: %1</source>
        <translation>Chưa lưu được tin nhắn: %1</translation>
    </message>
    <message>
        <source>Cannot store the citizen %1: %2</source>
        <translation>Không lưu được thông tin người dân %1: %2</translation>
    </message>
    <message>
        <source>Cannot number a new case: %1</source>
        <translation>Không cấp được mã cho vụ việc mới: %1</translation>
    </message>
    <message>
        <source>Cannot open a case for message %1: %2</source>
        <translation>Không tạo được vụ việc cho tin nhắn %1: %2</translation>
    </message>
    <message>
        <source>Cannot store message %1: %2</source>
        <translation>Không lưu được tin nhắn %1: %2</translation>
    </message>
    <message>
        <source>Cannot index message %1: %2</source>
        <translation>Không lập được chỉ mục tìm kiếm cho tin nhắn %1: %2</translation>
    </message>
    <message>
        <source>Cannot triage case %1 again after message %2: %3</source>
        <translation>Không phân loại lại được vụ việc %1 sau tin nhắn %2: %3</translation>
    </message>
</context>
<context>
    <name>casedesk::store::LeaseStore</name>
    <message>
        <source>Another sync host took the account %1 over: this one stopped writing for it.</source>
        <translation>Một máy đồng bộ khác đã nhận thay tài khoản %1: máy này đã ngừng ghi cho tài khoản đó.</translation>
    </message>
    <message>
        <source>The database is busy: %1</source>
        <translation>Cơ sở dữ liệu đang bận: %1</translation>
    </message>
</context>
<context>
    <name>casedesk::store::OfficerStore</name>
    <message>
        <source>The password must have at least %1 characters.</source>
        <translation>Mật khẩu phải có ít nhất %1 ký tự.</translation>
    </message>
    <message>
        <source>The password must be one line.</source>
        <translation>Mật khẩu phải nằm trên một dòng.</translation>
    </message>
    <message>
        <source>The cryptography library cannot start.</source>
        <translation>Không khởi động được thư viện mật mã.</translation>
    </message>
    <message>
        <source>The password cannot be hashed: not enough memory.</source>
        <translation>Không băm được mật khẩu: không đủ bộ nhớ.</translation>
    </message>
    <message>
        <source>The officers cannot be read: %1</source>
        <translation>Không đọc được danh sách cán bộ: %1</translation>
    </message>
    <message>
        <source>The officer needs a name.</source>
        <translation>Cán bộ cần có tên.</translation>
    </message>
    <message>
        <source>The officer&apos;s name is longer than 100 characters.</source>
        <translation>Tên cán bộ dài quá 100 ký tự.</translation>
    </message>
    <message>
        <source>The officer needs a role: one or more of %1.</source>
        <translation>Cán bộ cần có vai trò: một hoặc nhiều vai trò trong %1.</translation>
    </message>
    <message>
        <source>There is no unit %1: see casedesk-cli units list.</source>
        <translation>Không có đơn vị %1: xem casedesk-cli units list.</translation>
    </message>
    <message>
        <source>The unit %1 is closed: choose the unit that took its work over.</source>
        <translation>Đơn vị %1 đã giải thể: hãy chọn đơn vị tiếp nhận nhiệm vụ của đơn vị đó.</translation>
    </message>
    <message>
        <source>There is already an officer named %1.</source>
        <translation>Đã có cán bộ tên %1.</translation>
    </message>
    <message>
        <source>There is no officer named %1.</source>
        <translation>Không có cán bộ nào tên %1.</translation>
    </message>
    <message>
        <source>%1 is already disabled.</source>
        <translation>%1 đã bị vô hiệu hóa từ trước.</translation>
    </message>
    <message>
        <source>%1 is the last administrator and cannot be disabled: add another administrator first.</source>
        <translation>%1 là quản trị viên cuối cùng nên không vô hiệu hóa được: hãy thêm một quản trị viên khác trước.</translation>
    </message>
    <message>
        <source>Wrong officer name or password.</source>
        <translation>Sai tên cán bộ hoặc mật khẩu.</translation>
    </message>
    <message>
        <source>Too many wrong passwords: %1 cannot sign in until %2, or until an administrator sets a new password.</source>
        <translation>Nhập sai mật khẩu quá nhiều lần: %1 không đăng nhập được đến %2, hoặc đến khi quản trị viên đặt mật khẩu mới.</translation>
    </message>
    <message>
        <source>Wait %1 s before trying again.</source>
        <translation>Hãy chờ %1 giây rồi thử lại.</translation>
    </message>
    <message>
        <source>%1 is disabled: ask an administrator.</source>
        <translation>%1 đã bị vô hiệu hóa: hãy liên hệ quản trị viên.</translation>
    </message>
    <message>
        <source>The unit tree cannot be read: %1</source>
        <translation>Không đọc được cây đơn vị: %1</translation>
    </message>
    <message>
        <source>Only an administrator manages officers.</source>
        <translation>Chỉ quản trị viên mới quản lý cán bộ.</translation>
    </message>
    <message>
        <source>This server cannot make officers&apos; logins yet: a superuser must run casedesk-cli database init once.</source>
        <translation>Máy chủ này chưa tạo được tài khoản đăng nhập của cán bộ: một siêu người dùng (superuser) phải chạy casedesk-cli database init một lần.</translation>
    </message>
    <message>
        <source>On a province&apos;s server officers sign in with their own login (signInToServer).</source>
        <translation>Trên máy chủ của tỉnh, cán bộ đăng nhập bằng tài khoản riêng (signInToServer).</translation>
    </message>
</context>
<context>
    <name>casedesk::store::OutboxStore</name>
    <message>
        <source>There is no answer %1 in the outbox.</source>
        <translation>Không có trả lời số %1 trong hàng đợi gửi.</translation>
    </message>
    <message>
        <source>The database is busy: %1</source>
        <translation>Cơ sở dữ liệu đang bận: %1</translation>
    </message>
    <message>
        <source>Not sent: Zalo&apos;s 7-day reply window closed before the answer could go out.</source>
        <translation>Chưa gửi: đã hết hạn trả lời qua Zalo (7 ngày) trước khi kịp gửi trả lời.</translation>
    </message>
    <message>
        <source>Answer %1 cannot be marked sent without Zalo&apos;s message id.</source>
        <translation>Không thể đánh dấu trả lời %1 là đã gửi khi chưa có mã tin nhắn của Zalo.</translation>
    </message>
    <message>
        <source>Answer %1 was already sent as message %2, not %3.</source>
        <translation>Trả lời %1 đã được gửi thành tin nhắn %2, không phải %3.</translation>
    </message>
    <message>
        <source>Answer %1 is %2: only an answer being sent can be marked sent.</source>
        <translation>Trả lời %1 đang ở trạng thái %2: chỉ trả lời đang gửi mới được đánh dấu là đã gửi.</translation>
    </message>
    <message>
        <source>Answer %1 is %2 and cannot become %3.</source>
        <translation>Trả lời %1 đang ở trạng thái %2, không thể chuyển sang %3.</translation>
    </message>
    <message>
        <source>Answer %1 is %2 and cannot be queued again.</source>
        <translation>Trả lời %1 đang ở trạng thái %2, không thể đưa lại vào hàng đợi gửi.</translation>
    </message>
    <message>
        <source>Not sent: the answer waited until Zalo&apos;s free 48 hours had passed, and nobody agreed to a billed answer. Send it again and confirm the billed answer.</source>
        <translation>Chưa gửi: trả lời chờ gửi đến khi đã quá 48 giờ trả lời miễn phí của Zalo, và chưa ai đồng ý trả lời có tính phí. Hãy gửi lại và xác nhận trả lời có tính phí.</translation>
    </message>
    <message>
        <source>Not sent: Zalo&apos;s free 48 hours passed before the satisfaction question could go out.</source>
        <translation>Không gửi: đã quá 48 giờ miễn phí của Zalo trước khi câu hỏi về mức độ hài lòng được gửi đi.</translation>
    </message>
</context>
<context>
    <name>casedesk::store::ProvinceRoles</name>
    <message>
        <source>The role %1 does not exist and this database user may not create roles (CREATEROLE); its privileges were not granted. Have the server&apos;s administrator run database init once, or CREATE ROLE %1 NOLOGIN.</source>
        <translation>Vai trò %1 chưa có và người dùng cơ sở dữ liệu này không được tạo vai trò (CREATEROLE); chưa cấp quyền cho vai trò đó. Hãy nhờ quản trị máy chủ chạy database init một lần, hoặc CREATE ROLE %1 NOLOGIN.</translation>
    </message>
    <message>
        <source>The role %1 cannot be created: %2</source>
        <translation>Không tạo được vai trò %1: %2</translation>
    </message>
    <message>
        <source>The privileges of the role %1 cannot be granted: %2</source>
        <translation>Không cấp được quyền cho vai trò %1: %2</translation>
    </message>
    <message>
        <source>The privileges of the role casedesk_sync cannot be granted: %1</source>
        <translation>Không cấp được quyền cho vai trò casedesk_sync: %1</translation>
    </message>
    <message>
        <source>casedesk_sync may not end a dead sync host&apos;s sessions yet: have the server&apos;s administrator (a superuser) run GRANT pg_signal_backend, pg_read_all_stats TO casedesk_sync.</source>
        <translation>casedesk_sync chưa được phép kết thúc các phiên của một máy đồng bộ đã ngừng: hãy nhờ quản trị máy chủ (superuser) chạy GRANT pg_signal_backend, pg_read_all_stats TO casedesk_sync.</translation>
    </message>
    <message>
        <source>The officers&apos; sign-in functions cannot be made: %1</source>
        <translation>Không tạo được các hàm đăng nhập của cán bộ: %1</translation>
    </message>
    <message>
        <source>Officers cannot sign in to this server until a superuser runs database init once (it makes the functions that manage officers&apos; logins).</source>
        <translation>Cán bộ chưa đăng nhập được vào máy chủ này cho đến khi một siêu người dùng (superuser) chạy database init một lần (lệnh này tạo các hàm quản lý tài khoản đăng nhập của cán bộ).</translation>
    </message>
    <message>
        <source>The officers&apos; row-level security cannot be set up: %1</source>
        <translation>Không thiết lập được phân quyền theo dòng dữ liệu cho cán bộ: %1</translation>
    </message>
</context>
<context>
    <name>casedesk::store::ProvinceSettingsStore</name>
    <message>
        <source>the province&apos;s deadlines</source>
        <translation>hạn trả lời của tỉnh</translation>
    </message>
    <message>
        <source>The province&apos;s auto-close setting is not a number of days: &quot;%1&quot;.</source>
        <translation>Thiết lập tự đóng của tỉnh không phải là số ngày: &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The province&apos;s settings cannot be read: %1</source>
        <translation>Không đọc được thiết lập của tỉnh: %1</translation>
    </message>
    <message>
        <source>The province&apos;s sync interval is not a number of seconds: &quot;%1&quot;.</source>
        <translation>Thiết lập khoảng nghỉ đồng bộ của tỉnh không phải là số giây: &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>A quiet answered case closes after %1 to %2 days, not %3.</source>
        <translation>Vụ việc đã trả lời mà không có tin mới tự kết thúc sau %1 đến %2 ngày, không phải %3.</translation>
    </message>
    <message>
        <source>The pause between two polls of an account is %1 to %2 seconds, not %3.</source>
        <translation>Khoảng nghỉ giữa hai lần đọc hộp thư của một trang là %1 đến %2 giây, không phải %3.</translation>
    </message>
    <message>
        <source>A crime report</source>
        <translation>Tố giác tội phạm</translation>
    </message>
    <message>
        <source>An urgent crime report</source>
        <translation>Tố giác tội phạm khẩn</translation>
    </message>
    <message>
        <source>A security report</source>
        <translation>Tin báo an ninh, trật tự</translation>
    </message>
    <message>
        <source>An urgent security report</source>
        <translation>Tin báo an ninh, trật tự khẩn</translation>
    </message>
    <message>
        <source>%1 must have a first-response deadline: the law sets one.</source>
        <translation>%1 phải có thời hạn trả lời đầu tiên: pháp luật quy định thời hạn này.</translation>
    </message>
    <message>
        <source>An urgent crime report&apos;s deadline cannot be longer than a crime report&apos;s.</source>
        <translation>Thời hạn của tố giác tội phạm khẩn không được dài hơn thời hạn của tố giác tội phạm thường.</translation>
    </message>
    <message>
        <source>An urgent security report&apos;s deadline cannot be longer than a security report&apos;s.</source>
        <translation>Thời hạn của tin báo an ninh, trật tự khẩn không được dài hơn thời hạn của tin báo thường.</translation>
    </message>
    <message>
        <source>A deadline is a whole number from 1 to 365, not %1.</source>
        <translation>Thời hạn là số nguyên từ 1 đến 365, không phải %1.</translation>
    </message>
    <message>
        <source>The office closes between 12:00 and 22:00.</source>
        <translation>Giờ hết giờ làm việc phải trong khoảng 12:00 đến 22:00.</translation>
    </message>
    <message>
        <source>The units that ask citizens&apos; satisfaction are not a list: &quot;%1&quot;.</source>
        <translation>Danh sách đơn vị hỏi ý kiến người dân không hợp lệ: &quot;%1&quot;.</translation>
    </message>
</context>
<context>
    <name>casedesk::store::QueueStore</name>
    <message>
        <source>The unit tree cannot be read: %1</source>
        <translation>Không đọc được cây đơn vị: %1</translation>
    </message>
    <message>
        <source>There is no unit with the id &quot;%1&quot;.</source>
        <translation>Không có đơn vị mã &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Unknown case status &quot;%1&quot;.</source>
        <translation>Không có trạng thái vụ việc &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Unknown unit level &quot;%1&quot;.</source>
        <translation>Không có cấp đơn vị &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>A page holds at least one case.</source>
        <translation>Mỗi trang phải có ít nhất một vụ việc.</translation>
    </message>
    <message>
        <source>The queue cannot be read: %1</source>
        <translation>Không đọc được hàng đợi: %1</translation>
    </message>
    <message>
        <source>The search failed: %1</source>
        <translation>Tìm kiếm bị lỗi: %1</translation>
    </message>
    <message>
        <source>The queue cannot be counted: %1</source>
        <translation>Không đếm được số vụ việc trong hàng đợi: %1</translation>
    </message>
    <message>
        <source>The unit counts cannot be read: %1</source>
        <translation>Không đọc được số liệu theo đơn vị: %1</translation>
    </message>
    <message>
        <source>The case cannot be read: %1</source>
        <translation>Không đọc được vụ việc: %1</translation>
    </message>
    <message>
        <source>There is no case %1.</source>
        <translation>Không có vụ việc %1.</translation>
    </message>
    <message>
        <source>Case %1 belongs to a unit outside your units.</source>
        <translation>Vụ việc %1 thuộc đơn vị ngoài phạm vi của bạn.</translation>
    </message>
</context>
<context>
    <name>casedesk::store::ReorganisationStore</name>
    <message>
        <source>Unit %1 already exists: a new unit needs an id of its own.</source>
        <translation>Đơn vị %1 đã có: đơn vị mới cần mã riêng.</translation>
    </message>
    <message>
        <source>New unit %1: its parent %2 is not in the tree.</source>
        <translation>Đơn vị mới %1: đơn vị cấp trên %2 không có trong cây đơn vị.</translation>
    </message>
    <message>
        <source>Unit %1 is not in the tree.</source>
        <translation>Đơn vị %1 không có trong cây đơn vị.</translation>
    </message>
    <message>
        <source>Unit %1 is already closed.</source>
        <translation>Đơn vị %1 đã kết thúc hoạt động.</translation>
    </message>
    <message>
        <source>Unit %1 is changed twice: give one change for each unit.</source>
        <translation>Đơn vị %1 bị thay đổi hai lần: mỗi đơn vị chỉ có một thay đổi.</translation>
    </message>
    <message>
        <source>Unit %1 cannot move under %2: that unit is not in the tree.</source>
        <translation>Không chuyển được đơn vị %1 về %2: đơn vị đó không có trong cây đơn vị.</translation>
    </message>
    <message>
        <source>Unit %1&apos;s successor %2 is not in the tree.</source>
        <translation>Đơn vị kế thừa %2 của đơn vị %1 không có trong cây đơn vị.</translation>
    </message>
    <message>
        <source>Unit %1&apos;s successor %2 is closed by the same reorganisation: name the unit that remains.</source>
        <translation>Đơn vị kế thừa %2 của đơn vị %1 cũng kết thúc trong cùng đợt sắp xếp: hãy ghi đơn vị còn lại.</translation>
    </message>
    <message>
        <source>Unit %1 would stay under %2, which is closed: move it under the unit that remains.</source>
        <translation>Đơn vị %1 sẽ còn trực thuộc %2 là đơn vị đã kết thúc: hãy chuyển về đơn vị còn lại.</translation>
    </message>
    <message>
        <source>Unit %1 would hang under %2, which is not in the tree.</source>
        <translation>Đơn vị %1 sẽ trực thuộc %2 là đơn vị không có trong cây đơn vị.</translation>
    </message>
    <message>
        <source>The tree would have a cycle through unit %1.</source>
        <translation>Cây đơn vị sẽ bị vòng lặp qua đơn vị %1.</translation>
    </message>
    <message>
        <source>The database is busy: %1</source>
        <translation>Cơ sở dữ liệu đang bận: %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Unit %1 cannot be changed</source>
        <translation>Không thay đổi được đơn vị %1</translation>
    </message>
    <message>
        <source>Case %1 cannot move</source>
        <translation>Không chuyển được vụ việc %1</translation>
    </message>
    <message>
        <source>Zalo account %1 cannot change</source>
        <translation>Không thay đổi được trang Zalo %1</translation>
    </message>
    <message>
        <source>Officer %1 cannot move</source>
        <translation>Không chuyển được cán bộ %1</translation>
    </message>
    <message>
        <source>The reorganisation was not saved: %1</source>
        <translation>Chưa lưu được việc sắp xếp lại: %1</translation>
    </message>
</context>
<context>
    <name>casedesk::store::ReportStore</name>
    <message>
        <source>The report figures cannot be read from the database: %1</source>
        <translation>Không đọc được số liệu báo cáo từ cơ sở dữ liệu: %1</translation>
    </message>
</context>
<context>
    <name>casedesk::store::SecretRecords</name>
    <message>
        <source>The sync keys and secrets cannot be read: %1</source>
        <translation>Không đọc được khóa đồng bộ và các bí mật: %1</translation>
    </message>
    <message>
        <source>The database has a sync key already (%1).</source>
        <translation>Cơ sở dữ liệu đã có khóa đồng bộ (%1).</translation>
    </message>
    <message>
        <source>The secret %1 cannot be stored in the database: %2</source>
        <translation>Không lưu được bí mật %1 vào cơ sở dữ liệu: %2</translation>
    </message>
    <message>
        <source>The database&apos;s sync key is no longer %1; nothing was rotated.</source>
        <translation>Khóa đồng bộ của cơ sở dữ liệu không còn là %1; chưa thay khóa.</translation>
    </message>
</context>
<context>
    <name>casedesk::store::SuggestionStore</name>
    <message>
        <source>Suggestions cannot be searched: %1</source>
        <translation>Không tìm được gợi ý trả lời: %1</translation>
    </message>
</context>
<context>
    <name>casedesk::store::TemplateStore</name>
    <message>
        <source>Cannot read the template file %1: %2</source>
        <translation>Không đọc được tệp mẫu trả lời %1: %2</translation>
    </message>
    <message>
        <source>%1 is not valid JSON at byte %2: %3</source>
        <translation>%1 không phải JSON hợp lệ tại byte %2: %3</translation>
    </message>
    <message>
        <source>Template %1 of %2 has an unknown category.</source>
        <translation>Mẫu thứ %1 trong %2 có loại không hợp lệ.</translation>
    </message>
    <message>
        <source>Template %1 of %2 has no title or no text.</source>
        <translation>Mẫu thứ %1 trong %2 thiếu tiêu đề hoặc nội dung.</translation>
    </message>
    <message>
        <source>%1 holds no template.</source>
        <translation>%1 không có mẫu trả lời nào.</translation>
    </message>
    <message>
        <source>The database is busy: %1</source>
        <translation>Cơ sở dữ liệu đang bận: %1</translation>
    </message>
    <message>
        <source>The template &quot;%1&quot; was not stored: %2</source>
        <translation>Chưa lưu được mẫu trả lời &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>There is no template %1.</source>
        <translation>Không có mẫu trả lời %1.</translation>
    </message>
    <message>
        <source>There is no template &quot;%1&quot;.</source>
        <translation>Không có mẫu trả lời &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The template needs a title.</source>
        <translation>Mẫu trả lời cần có tiêu đề.</translation>
    </message>
    <message>
        <source>The template needs a text.</source>
        <translation>Mẫu trả lời cần có nội dung.</translation>
    </message>
    <message>
        <source>The template text has %1 characters; a Zalo answer holds at most %2.</source>
        <translation>Nội dung mẫu có %1 ký tự; mỗi trả lời qua Zalo tối đa %2 ký tự.</translation>
    </message>
    <message>
        <source>The template was not stored: %1</source>
        <translation>Chưa lưu được mẫu trả lời: %1</translation>
    </message>
    <message>
        <source>The template was not saved: %1</source>
        <translation>Chưa lưu được mẫu trả lời: %1</translation>
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
    <message numerus="yes">
        <source>Unit %1 (%2) is missing from the new tree but still has %n open case(s); nothing was imported. Close it with casedesk-cli units reorganise FILE, which says where its cases and Zalo accounts go.</source>
        <translation>
            <numerusform>Đơn vị %1 (%2) không có trong cây mới nhưng còn %n vụ việc đang mở; chưa nhập gì. Hãy kết thúc đơn vị này bằng casedesk-cli units reorganise TỆP, trong đó ghi rõ vụ việc và trang Zalo của đơn vị chuyển đi đâu.</numerusform>
        </translation>
    </message>
    <message>
        <source>The tree of a day needs a valid date (YYYY-MM-DD).</source>
        <translation>Cây đơn vị của một ngày cần một ngày hợp lệ (YYYY-MM-DD).</translation>
    </message>
    <message>
        <source>What unit %1 was before cannot be kept: %2</source>
        <translation>Không lưu được thông tin trước đây của đơn vị %1: %2</translation>
    </message>
</context>
<context>
    <name>casedesk::sync::AccountEnrolment</name>
    <message>
        <source>The %1 address &quot;%2&quot; is not an http(s) URL.</source>
        <translation>Địa chỉ %1 &quot;%2&quot; không phải URL http(s).</translation>
    </message>
    <message>
        <source>Zalo refused the %1 (error %2); nothing was stored. Get a new one, or have the unit&apos;s Zalo admin grant access again through the consent link.</source>
        <translation>Zalo từ chối %1 (lỗi %2); chưa lưu gì. Hãy lấy mã mới, hoặc đề nghị quản trị viên trang Zalo của đơn vị cấp quyền lại qua liên kết cấp quyền.</translation>
    </message>
    <message>
        <source>Zalo cannot be reached at %1 (%2); nothing was stored.</source>
        <translation>Không kết nối được Zalo tại %1 (%2); chưa lưu gì.</translation>
    </message>
    <message>
        <source>The %1 could not be checked with Zalo: %2 Nothing was stored.</source>
        <translation>Không kiểm tra được %1 với Zalo: %2 Chưa lưu gì.</translation>
    </message>
    <message>
        <source>Say which unit the Zalo account belongs to.</source>
        <translation>Hãy chọn đơn vị quản lý trang Zalo này.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a Zalo OA id (digits only).</source>
        <translation>&quot;%1&quot; không phải OA ID của Zalo (chỉ gồm chữ số).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a Zalo app id (digits only).</source>
        <translation>&quot;%1&quot; không phải ID ứng dụng Zalo (chỉ gồm chữ số).</translation>
    </message>
    <message>
        <source>The app&apos;s secret key is empty.</source>
        <translation>Chưa nhập khóa bí mật của ứng dụng.</translation>
    </message>
    <message>
        <source>Give either a refresh token or an authorisation code.</source>
        <translation>Hãy nhập refresh token hoặc mã ủy quyền (chỉ một trong hai).</translation>
    </message>
    <message>
        <source>Cannot create the data folder %1.</source>
        <translation>Không tạo được thư mục dữ liệu %1.</translation>
    </message>
    <message>
        <source>The Zalo account %1 is already connected (unit %2).</source>
        <translation>Trang Zalo %1 đã được kết nối (đơn vị %2).</translation>
    </message>
    <message>
        <source>The Zalo account %1 belongs to unit %2, not %3; nothing was changed.</source>
        <translation>Trang Zalo %1 thuộc đơn vị %2, không phải %3; dữ liệu không thay đổi.</translation>
    </message>
    <message>
        <source>The Zalo account %1 keeps its tokens in %2; connect it again with that store. Nothing was changed.</source>
        <translation>Trang Zalo %1 lưu mã truy cập tại %2; hãy kết nối lại với đúng nơi lưu đó. Dữ liệu không thay đổi.</translation>
    </message>
    <message>
        <source>authorisation code</source>
        <translation>mã ủy quyền</translation>
    </message>
    <message>
        <source>The tokens cannot be stored in %1: %2</source>
        <translation>Không lưu được mã truy cập vào %1: %2</translation>
    </message>
    <message>
        <source>refresh token</source>
        <translation>refresh token</translation>
    </message>
    <message>
        <source>The token belongs to the Zalo account %1, not to %2; nothing was stored.</source>
        <translation>Mã này thuộc trang Zalo %1, không phải %2; chưa lưu gì.</translation>
    </message>
    <message>
        <source>The account was added, but its name could not be read from Zalo: %1</source>
        <translation>Đã thêm trang Zalo nhưng không đọc được tên trang từ Zalo: %1</translation>
    </message>
    <message>
        <source>The Zalo account %1 was added but cannot be read back.</source>
        <translation>Đã thêm trang Zalo %1 nhưng không đọc lại được.</translation>
    </message>
    <message>
        <source>Another Zalo account is being connected; try again when it is done.</source>
        <translation>Đang kết nối một trang Zalo khác; hãy thử lại khi việc đó xong.</translation>
    </message>
</context>
<context>
    <name>casedesk::sync::AccountSyncer</name>
    <message>
        <source>Sync was stopped.</source>
        <translation>Đã dừng đồng bộ.</translation>
    </message>
    <message>
        <source>The messages could not be saved: %1</source>
        <translation>Không lưu được tin nhắn: %1</translation>
    </message>
</context>
<context>
    <name>casedesk::sync::DatabaseSecretStore</name>
    <message>
        <source>This PC holds no sync key: run this on a sync host (or import the key with casedesk-cli database sync-key --import FILE).</source>
        <translation>Máy này không giữ khóa đồng bộ: hãy chạy lệnh này trên một máy đồng bộ (hoặc nhập khóa bằng casedesk-cli database sync-key --import TỆP).</translation>
    </message>
    <message>
        <source>The sync key %1 this host holds is not the database&apos;s key of that name.</source>
        <translation>Khóa đồng bộ %1 mà máy này giữ không phải khóa cùng tên của cơ sở dữ liệu.</translation>
    </message>
    <message>
        <source>The database has no sync key yet: run casedesk-cli database sync-key --generate on a sync host.</source>
        <translation>Cơ sở dữ liệu chưa có khóa đồng bộ: chạy casedesk-cli database sync-key --generate trên một máy đồng bộ.</translation>
    </message>
    <message>
        <source>The secret %1 names a sync key the database does not know.</source>
        <translation>Bí mật %1 ghi một khóa đồng bộ mà cơ sở dữ liệu không biết.</translation>
    </message>
    <message>
        <source>The secret %1 was not stored: the database&apos;s sync key keeps changing.</source>
        <translation>Chưa lưu bí mật %1: khóa đồng bộ của cơ sở dữ liệu liên tục thay đổi.</translation>
    </message>
</context>
<context>
    <name>casedesk::sync::SyncContext</name>
    <message>
        <source>the province&apos;s settings</source>
        <translation>thiết lập của tỉnh</translation>
    </message>
</context>
<context>
    <name>casedesk::sync::SyncKey</name>
    <message>
        <source>Not enough memory to derive the key file&apos;s key from the passphrase.</source>
        <translation>Không đủ bộ nhớ để suy ra khóa của tệp khóa từ cụm mật khẩu.</translation>
    </message>
    <message>
        <source>The cryptography library (libsodium) cannot start.</source>
        <translation>Thư viện mật mã (libsodium) không khởi động được.</translation>
    </message>
    <message>
        <source>A sync key has %1 bytes; this one has %2.</source>
        <translation>Khóa đồng bộ có %1 byte; khóa này có %2.</translation>
    </message>
    <message>
        <source>The secret %1 in the database cannot be decrypted with the sync key %2: it was not written with this key for this name, or it was changed.</source>
        <translation>Không giải mã được bí mật %1 trong cơ sở dữ liệu bằng khóa đồng bộ %2: bí mật không được ghi bằng khóa này cho tên này, hoặc đã bị sửa.</translation>
    </message>
    <message>
        <source>The passphrase is empty.</source>
        <translation>Cụm mật khẩu trống.</translation>
    </message>
    <message>
        <source>This is not a CaseDesk sync key file, or it is damaged.</source>
        <translation>Đây không phải tệp khóa đồng bộ của CaseDesk, hoặc tệp đã hỏng.</translation>
    </message>
    <message>
        <source>The passphrase is wrong, or the key file was changed.</source>
        <translation>Cụm mật khẩu sai, hoặc tệp khóa đã bị sửa.</translation>
    </message>
    <message>
        <source>The sync key %1 kept on this host is damaged.</source>
        <translation>Khóa đồng bộ %1 lưu trên máy này đã hỏng.</translation>
    </message>
    <message>
        <source>Cannot create %1.</source>
        <translation>Không tạo được %1.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Không ghi được %1: %2</translation>
    </message>
</context>
<context>
    <name>casedesk::sync::SyncLock</name>
    <message>
        <source>Another CaseDesk process (%1, process %2 on %3) is syncing this data folder; only one process may sync it at a time.</source>
        <translation>Một tiến trình CaseDesk khác (%1, tiến trình %2 trên máy %3) đang đồng bộ thư mục dữ liệu này; mỗi lúc chỉ một tiến trình được đồng bộ.</translation>
    </message>
    <message>
        <source>Cannot take the sync lock %1.</source>
        <translation>Không giữ được khóa đồng bộ %1.</translation>
    </message>
</context>
<context>
    <name>casedesk::sync::SyncService</name>
    <message>
        <source>%1 (%2): the unit&apos;s Zalo admin must grant access again.</source>
        <translation>%1 (%2): quản trị viên trang Zalo của đơn vị cần cấp quyền lại.</translation>
    </message>
</context>
<context>
    <name>casedesk::triage::CompetentUnitRules</name>
    <message>
        <source>Cannot read the competent-unit rules %1: %2</source>
        <translation>Không đọc được quy tắc xác định đơn vị có thẩm quyền %1: %2</translation>
    </message>
    <message>
        <source>%1 is not valid JSON at byte %2: %3</source>
        <translation>%1 không phải JSON hợp lệ tại byte %2: %3</translation>
    </message>
    <message>
        <source>%1: expected an object with a &quot;rules&quot; list.</source>
        <translation>%1: cần một đối tượng JSON có danh sách &quot;rules&quot;.</translation>
    </message>
    <message>
        <source>%1: rule %2 has no department &quot;code&quot;.</source>
        <translation>%1: quy tắc %2 thiếu &quot;code&quot; của phòng.</translation>
    </message>
    <message>
        <source>%1: rule %2 names an unknown category &quot;%3&quot;.</source>
        <translation>%1: quy tắc %2 có loại không hợp lệ &quot;%3&quot;.</translation>
    </message>
    <message>
        <source>%1: rule %2 has a phrase without words or a weight that is not positive: &quot;%3&quot;.</source>
        <translation>%1: quy tắc %2 có cụm từ không chứa từ nào hoặc trọng số không dương: &quot;%3&quot;.</translation>
    </message>
    <message>
        <source>%1: rule %2 has no phrases.</source>
        <translation>%1: quy tắc %2 không có cụm từ nào.</translation>
    </message>
</context>
<context>
    <name>casedesk::triage::SeedSet</name>
    <message>
        <source>%1, line %2: unknown category &quot;%3&quot;.</source>
        <translation>%1, dòng %2: loại không hợp lệ &quot;%3&quot;.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Không đọc được %1: %2</translation>
    </message>
    <message>
        <source>%1, line %2: expected 3 or 4 tab-separated columns (text, category, competent[, group]), found %3.</source>
        <translation>%1, dòng %2: cần 3 hoặc 4 cột phân cách bằng tab (nội dung, loại, đơn vị có thẩm quyền[, nhóm]), thấy %3.</translation>
    </message>
</context>
<context>
    <name>casedesk::triage::TriageModel</name>
    <message>
        <source>The triage model %1 is missing from this build: %2</source>
        <translation>Bản cài đặt này thiếu mô hình phân loại %1: %2</translation>
    </message>
    <message>
        <source>%1 is not a CaseDesk triage model of format %2.</source>
        <translation>%1 không phải mô hình phân loại CaseDesk định dạng %2.</translation>
    </message>
    <message>
        <source>%1: the model&apos;s header is damaged.</source>
        <translation>%1: phần đầu của mô hình bị hỏng.</translation>
    </message>
    <message>
        <source>%1: the model&apos;s weights are damaged or cut short.</source>
        <translation>%1: trọng số của mô hình bị hỏng hoặc bị cắt ngắn.</translation>
    </message>
</context>
<context>
    <name>casedesk::triage::WorkCalendar</name>
    <message>
        <source>Cannot read the holiday file %1: %2</source>
        <translation>Không đọc được tệp ngày nghỉ lễ %1: %2</translation>
    </message>
    <message>
        <source>%1 is not valid JSON at byte %2: %3</source>
        <translation>%1 không phải JSON hợp lệ tại byte %2: %3</translation>
    </message>
    <message>
        <source>%1: expected a JSON object with &quot;holidays&quot;.</source>
        <translation>%1: cần một đối tượng JSON có &quot;holidays&quot;.</translation>
    </message>
    <message>
        <source>%1: weekend days are numbers 1 (Monday) to 7 (Sunday).</source>
        <translation>%1: ngày nghỉ cuối tuần phải là số từ 1 (thứ Hai) đến 7 (Chủ nhật).</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; must be a list.</source>
        <translation>%1: &quot;%2&quot; phải là một danh sách.</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; has an entry without a valid date (YYYY-MM-DD): &quot;%3&quot;.</source>
        <translation>%1: &quot;%2&quot; có mục không phải ngày hợp lệ (YYYY-MM-DD): &quot;%3&quot;.</translation>
    </message>
</context>
<context>
    <name>casedesk::ui::AccountStatusModel</name>
    <message>
        <source>Working</source>
        <translation>Hoạt động</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Có lỗi</translation>
    </message>
    <message>
        <source>Needs consent again</source>
        <translation>Cần cấp quyền lại</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Đã tắt</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Chưa lần nào</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <source>Zalo account</source>
        <translation>Trang Zalo</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <source>Last synced</source>
        <translation>Đồng bộ lần cuối</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Sự cố</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Không có</translation>
    </message>
    <message>
        <source>%1 (not responding)</source>
        <translation>%1 (không phản hồi)</translation>
    </message>
    <message>
        <source>Sync host: %1, since %2; last heard from %3</source>
        <translation>Máy đồng bộ: %1, từ %2; phản hồi lần cuối lúc %3</translation>
    </message>
    <message>
        <source>Last attempt: %1</source>
        <translation>Lần thử gần nhất: %1</translation>
    </message>
    <message>
        <source>Sync host</source>
        <translation>Máy đồng bộ</translation>
    </message>
    <message>
        <source>Held since</source>
        <translation>Giữ từ</translation>
    </message>
</context>
<context>
    <name>casedesk::ui::AddAccountDialog</name>
    <message>
        <source>Add Zalo account</source>
        <translation>Thêm trang Zalo</translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation>Đơn &amp;vị:</translation>
    </message>
    <message>
        <source>&amp;OA id:</source>
        <translation>&amp;OA ID:</translation>
    </message>
    <message>
        <source>&amp;App id:</source>
        <translation>&amp;ID ứng dụng:</translation>
    </message>
    <message>
        <source>App &amp;secret key:</source>
        <translation>&amp;Khóa bí mật của ứng dụng:</translation>
    </message>
    <message>
        <source>I have a &amp;refresh token</source>
        <translation>Tôi đã &amp;có refresh token</translation>
    </message>
    <message>
        <source>The OA admin grants access through the &amp;consent link</source>
        <translation>Quản trị viên OA cấp quyền qua &amp;liên kết cấp quyền</translation>
    </message>
    <message>
        <source>Refresh &amp;token:</source>
        <translation>&amp;Refresh token:</translation>
    </message>
    <message>
        <source>The app&apos;s callback address registered with Zalo (https://…)</source>
        <translation>Địa chỉ callback của ứng dụng đã đăng ký với Zalo (https://…)</translation>
    </message>
    <message>
        <source>Co&amp;py link</source>
        <translation>&amp;Sao chép liên kết</translation>
    </message>
    <message>
        <source>Open in &amp;browser</source>
        <translation>Mở bằng trình &amp;duyệt</translation>
    </message>
    <message>
        <source>The &quot;code&quot; Zalo gave the callback address (valid 10 minutes)</source>
        <translation>Mã &quot;code&quot; Zalo gửi về địa chỉ callback (hiệu lực 10 phút)</translation>
    </message>
    <message>
        <source>Callback &amp;address:</source>
        <translation>Đị&amp;a chỉ callback:</translation>
    </message>
    <message>
        <source>Consent &amp;link:</source>
        <translation>Liên kết cấp &amp;quyền:</translation>
    </message>
    <message>
        <source>Pasted &amp;code:</source>
        <translation>&amp;Mã đã dán:</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Thêm</translation>
    </message>
    <message>
        <source>Paste the refresh token.</source>
        <translation>Hãy dán refresh token.</translation>
    </message>
    <message>
        <source>Open the consent link, let the OA admin grant access, and paste the code Zalo gives.</source>
        <translation>Mở liên kết cấp quyền, để quản trị viên OA cấp quyền, rồi dán mã (code) Zalo trả về.</translation>
    </message>
    <message>
        <source>Checking the token with Zalo…</source>
        <translation>Đang kiểm tra mã với Zalo…</translation>
    </message>
    <message>
        <source>Another Zalo account is being connected; try again when it is done.</source>
        <translation>Đang kết nối một trang Zalo khác; hãy thử lại khi việc đó xong.</translation>
    </message>
</context>
<context>
    <name>casedesk::ui::CaseBanner</name>
    <message>
        <source>Dismiss this message</source>
        <translation>Đóng thông báo này</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Lỗi</translation>
    </message>
    <message>
        <source>Information</source>
        <translation>Thông báo</translation>
    </message>
</context>
<context>
    <name>casedesk::ui::CaseSession</name>
    <message>
        <source>You may read this case; only %1 acts on it.</source>
        <translation>Bạn được xem vụ việc này; chỉ %1 được xử lý.</translation>
    </message>
    <message>
        <source>%1 (now %2)</source>
        <translation>%1 (nay là %2)</translation>
    </message>
</context>
<context>
    <name>casedesk::ui::CaseView</name>
    <message>
        <source>Queued</source>
        <translation>Chờ gửi</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>Đang gửi</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Đã gửi</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Gửi lỗi</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Gửi lỗi: %1</translation>
    </message>
    <message>
        <source>Uncertain (being checked against the conversation)</source>
        <translation>Chưa rõ (đang đối chiếu với hội thoại)</translation>
    </message>
    <message>
        <source>Change the category: the classifier learns from it.</source>
        <translation>Đổi loại vụ việc: bộ phân loại sẽ học từ thay đổi này.</translation>
    </message>
    <message>
        <source>Show identity…</source>
        <translation>Xem danh tính…</translation>
    </message>
    <message>
        <source>The reporter&apos;s identity is hidden by law; showing it needs a reason and is logged.</source>
        <translation>Danh tính người tố giác được giữ bí mật theo quy định của pháp luật; muốn xem phải nêu lý do và việc xem được ghi lại.</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Trạng thái:</translation>
    </message>
    <message>
        <source>Unit:</source>
        <translation>Đơn vị:</translation>
    </message>
    <message>
        <source>Citizen:</source>
        <translation>Người dân:</translation>
    </message>
    <message>
        <source>Assigned to:</source>
        <translation>Người xử lý:</translation>
    </message>
    <message>
        <source>Response deadline:</source>
        <translation>Hạn trả lời:</translation>
    </message>
    <message>
        <source>Zalo:</source>
        <translation>Zalo:</translation>
    </message>
    <message>
        <source>Suggested answers</source>
        <translation>Gợi ý trả lời</translation>
    </message>
    <message>
        <source>Templates…</source>
        <translation>Mẫu trả lời…</translation>
    </message>
    <message>
        <source>Remove quote</source>
        <translation>Bỏ trích dẫn</translation>
    </message>
    <message>
        <source>Write the answer to the citizen…</source>
        <translation>Nhập nội dung trả lời người dân…</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Gửi</translation>
    </message>
    <message>
        <source>Queue the answer for the citizen (Ctrl+Enter).</source>
        <translation>Đưa trả lời vào hàng đợi gửi cho người dân (Ctrl+Enter).</translation>
    </message>
    <message>
        <source>Forward to competent unit…</source>
        <translation>Chuyển đơn vị có thẩm quyền…</translation>
    </message>
    <message>
        <source>Escalate…</source>
        <translation>Báo cáo cấp trên…</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>Tiếp nhận</translation>
    </message>
    <message>
        <source>Return…</source>
        <translation>Trả lại…</translation>
    </message>
    <message>
        <source>Assign to…</source>
        <translation>Giao cho…</translation>
    </message>
    <message>
        <source>Internal note…</source>
        <translation>Ghi chú nội bộ…</translation>
    </message>
    <message>
        <source>Close case</source>
        <translation>Đóng vụ việc</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>Mở lại</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Lịch sử xử lý</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Thời gian</translation>
    </message>
    <message>
        <source>Officer</source>
        <translation>Cán bộ</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Nội dung</translation>
    </message>
    <message>
        <source>No case selected</source>
        <translation>Chưa chọn vụ việc</translation>
    </message>
    <message>
        <source>⚠ URGENT</source>
        <translation>⚠ KHẨN</translation>
    </message>
    <message>
        <source>forwarded from %1, waiting to be accepted</source>
        <translation>được chuyển từ %1, chờ tiếp nhận</translation>
    </message>
    <message>
        <source>nobody</source>
        <translation>chưa giao</translation>
    </message>
    <message>
        <source>answered at %1</source>
        <translation>đã trả lời lúc %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>không có</translation>
    </message>
    <message>
        <source>(answers can no longer be sent through Zalo: use an internal note for contact made another way)</source>
        <translation>(không gửi trả lời được nữa: nếu liên hệ với người dân bằng cách khác, hãy ghi lại bằng ghi chú nội bộ)</translation>
    </message>
    <message>
        <source>Open attachment (%1)</source>
        <translation>Mở tệp đính kèm (%1)</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>Trích dẫn</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <source>Case opened at %1</source>
        <translation>Tiếp nhận vụ việc tại %1</translation>
    </message>
    <message>
        <source>Category: %1 → %2</source>
        <translation>Loại: %1 → %2</translation>
    </message>
    <message>
        <source>Assigned: %1 → %2</source>
        <translation>Người xử lý: %1 → %2</translation>
    </message>
    <message>
        <source>Internal note: %1</source>
        <translation>Ghi chú nội bộ: %1</translation>
    </message>
    <message>
        <source>Forwarded to %1: %2</source>
        <translation>Chuyển đến %1: %2</translation>
    </message>
    <message>
        <source>Escalated to %1: %2</source>
        <translation>Báo cáo cấp trên (%1): %2</translation>
    </message>
    <message>
        <source>Accepted by %1</source>
        <translation>%1 đã tiếp nhận</translation>
    </message>
    <message>
        <source>Returned to %1: %2</source>
        <translation>Trả lại %1: %2</translation>
    </message>
    <message>
        <source>Answer queued: %1</source>
        <translation>Trả lời chờ gửi: %1</translation>
    </message>
    <message>
        <source>Answer sent (Zalo message %1)</source>
        <translation>Đã gửi trả lời (tin nhắn Zalo %1)</translation>
    </message>
    <message>
        <source>Answer failed: %1</source>
        <translation>Gửi trả lời lỗi: %1</translation>
    </message>
    <message>
        <source>Answer uncertain: %1</source>
        <translation>Chưa rõ đã gửi được trả lời chưa: %1</translation>
    </message>
    <message>
        <source>Answered from Zalo&apos;s own inbox</source>
        <translation>Đã trả lời trực tiếp trên hộp thư Zalo</translation>
    </message>
    <message>
        <source>Closed automatically (no new message for 7 days)</source>
        <translation>Tự động đóng (7 ngày không có tin nhắn mới)</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Đã đóng vụ việc</translation>
    </message>
    <message>
        <source>Reopened</source>
        <translation>Mở lại vụ việc</translation>
    </message>
    <message>
        <source>Reporter&apos;s identity shown: %1</source>
        <translation>Đã xem danh tính người tố giác: %1</translation>
    </message>
    <message>
        <source>— too long</source>
        <translation>— quá dài</translation>
    </message>
    <message>
        <source>Quoting: %1</source>
        <translation>Trích dẫn: %1</translation>
    </message>
    <message>
        <source>Zalo&apos;s reply window is closed: the answer cannot be sent.</source>
        <translation>Đã hết hạn trả lời qua Zalo: không thể gửi trả lời.</translation>
    </message>
    <message>
        <source>Answer queued: it is sent through Zalo by the sync service.</source>
        <translation>Đã đưa trả lời vào hàng đợi gửi: dịch vụ đồng bộ sẽ gửi qua Zalo.</translation>
    </message>
    <message>
        <source>Billed answer</source>
        <translation>Trả lời có tính phí</translation>
    </message>
    <message>
        <source>Not sent: the answer would be billed.</source>
        <translation>Chưa gửi: trả lời này sẽ bị tính phí.</translation>
    </message>
    <message>
        <source>The case changed</source>
        <translation>Vụ việc đã thay đổi</translation>
    </message>
    <message>
        <source>Look at the conversation and history, then send anyway?</source>
        <translation>Hãy xem lại hội thoại và lịch sử xử lý. Vẫn gửi trả lời?</translation>
    </message>
    <message>
        <source>Not sent: the case changed; read it again, then send.</source>
        <translation>Chưa gửi: vụ việc đã thay đổi; hãy xem lại rồi gửi.</translation>
    </message>
    <message>
        <source>Billed acknowledgement</source>
        <translation>Thông báo tiếp nhận có tính phí</translation>
    </message>
    <message>
        <source>Return</source>
        <translation>Trả lại</translation>
    </message>
    <message>
        <source>Why does the case go back to %1?</source>
        <translation>Lý do trả lại vụ việc cho %1?</translation>
    </message>
    <message>
        <source>Assign to</source>
        <translation>Giao cho</translation>
    </message>
    <message>
        <source>Officer&apos;s name (empty: nobody):</source>
        <translation>Họ tên cán bộ (để trống: không giao cho ai):</translation>
    </message>
    <message>
        <source>Internal note</source>
        <translation>Ghi chú nội bộ</translation>
    </message>
    <message>
        <source>The note stays in the history; it is never sent to the citizen.</source>
        <translation>Ghi chú được lưu trong lịch sử xử lý và không bao giờ gửi cho người dân.</translation>
    </message>
    <message>
        <source>Close case %1?</source>
        <translation>Đóng vụ việc %1?</translation>
    </message>
    <message>
        <source>Show the reporter&apos;s identity</source>
        <translation>Xem danh tính người tố giác</translation>
    </message>
    <message>
        <source>Why do you need it? The reason is logged.</source>
        <translation>Vì sao cần xem? Lý do sẽ được ghi lại.</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(không có tên)</translation>
    </message>
    <message>
        <source>Insert a template…</source>
        <translation>Chèn mẫu trả lời…</translation>
    </message>
    <message>
        <source>Legal basis: %1</source>
        <translation>Căn cứ pháp lý: %1</translation>
    </message>
    <message>
        <source>No similar answered question yet</source>
        <translation>Chưa có câu hỏi tương tự đã được trả lời</translation>
    </message>
    <message>
        <source>Check the category (%1% sure)</source>
        <translation>Cần kiểm tra loại (độ tin cậy %1%)</translation>
    </message>
    <message>
        <source>Category after the citizen&apos;s new message: %1 → %2</source>
        <translation>Loại sau tin nhắn mới của người dân: %1 → %2</translation>
    </message>
    <message>
        <source>now urgent</source>
        <translation>chuyển thành khẩn</translation>
    </message>
    <message>
        <source>deadline %1</source>
        <translation>hạn trả lời %1</translation>
    </message>
    <message>
        <source>no deadline</source>
        <translation>không có hạn trả lời</translation>
    </message>
    <message>
        <source>The draft cannot be kept on this PC: %1</source>
        <translation>Không lưu được bản nháp trên máy này: %1</translation>
    </message>
    <message>
        <source>Not done: no connection to the data server since %1. Nothing was changed; try again when the connection is back.</source>
        <translation>Chưa làm được: mất kết nối máy chủ dữ liệu từ %1. Không có gì thay đổi; thử lại khi kết nối trở lại.</translation>
    </message>
    <message>
        <source>The case cannot be read: no connection to the data server since %1. It is shown when the connection is back.</source>
        <translation>Chưa đọc được vụ việc: mất kết nối máy chủ dữ liệu từ %1. Vụ việc sẽ hiện khi kết nối trở lại.</translation>
    </message>
    <message>
        <source>Answer kept for the editors&apos; approval: it is sent once an editor approves it.</source>
        <translation>Trả lời đang chờ tổ biên tập duyệt: được duyệt mới gửi đi.</translation>
    </message>
    <message>
        <source>Approve answer…</source>
        <translation>Duyệt trả lời…</translation>
    </message>
    <message>
        <source>The answer waits for an editor&apos;s approval: approved, as written or corrected, it is sent to the citizen.</source>
        <translation>Trả lời đang chờ tổ biên tập duyệt: được duyệt, nguyên văn hoặc đã sửa, thì gửi cho người dân.</translation>
    </message>
    <message>
        <source>Send answer back…</source>
        <translation>Trả lại trả lời…</translation>
    </message>
    <message>
        <source>The answer is not sent; its officer reads your reason and writes another.</source>
        <translation>Trả lời không được gửi; cán bộ viết trả lời đọc lý do của bạn và viết lại.</translation>
    </message>
    <message>
        <source>Approve answer</source>
        <translation>Duyệt trả lời</translation>
    </message>
    <message>
        <source>The answer of %1, as it will be sent to the citizen (correct it if needed):</source>
        <translation>Trả lời của %1, đúng như sẽ gửi cho người dân (sửa nếu cần):</translation>
    </message>
    <message>
        <source>Send answer back</source>
        <translation>Trả lại trả lời</translation>
    </message>
    <message>
        <source>Why does the answer of %1 go back? They read your reason.</source>
        <translation>Vì sao trả lại trả lời của %1? Cán bộ sẽ đọc lý do của bạn.</translation>
    </message>
    <message>
        <source>Waiting for an editor&apos;s approval (not sent yet)</source>
        <translation>Đang chờ tổ biên tập duyệt (chưa gửi)</translation>
    </message>
    <message>
        <source>Sent back by the editor, not sent: %1</source>
        <translation>Tổ biên tập đã trả lại, không gửi: %1</translation>
    </message>
    <message>
        <source>Answer waiting for an editor&apos;s approval: %1</source>
        <translation>Trả lời đang chờ tổ biên tập duyệt: %1</translation>
    </message>
    <message>
        <source>Answer of %1 approved with changes: %2</source>
        <translation>Đã duyệt trả lời của %1, có sửa: %2</translation>
    </message>
    <message>
        <source>Answer of %1 approved</source>
        <translation>Đã duyệt trả lời của %1</translation>
    </message>
    <message>
        <source>Answer of %1 sent back</source>
        <translation>Đã trả lại trả lời của %1</translation>
    </message>
    <message>
        <source>(nobody)</source>
        <translation>(không giao ai)</translation>
    </message>
    <message>
        <source>Officer who handles the case:</source>
        <translation>Cán bộ xử lý vụ việc:</translation>
    </message>
    <message>
        <source>%1 (until %2)</source>
        <translation>%1 (hạn %2)</translation>
    </message>
    <message>
        <source>⚠ %1 (due %2)</source>
        <translation>⚠ %1 (hạn %2)</translation>
    </message>
    <message>
        <source>Answer template</source>
        <translation>Mẫu trả lời</translation>
    </message>
    <message>
        <source>Insert a template into the answer</source>
        <translation>Chèn một mẫu vào câu trả lời</translation>
    </message>
    <message>
        <source>Zalo: %1.</source>
        <translation>Zalo: %1.</translation>
    </message>
    <message>
        <source>Zalo: %1. You are asked to confirm the billed message before the case is forwarded.</source>
        <translation>Zalo: %1. Bạn sẽ được hỏi xác nhận tin nhắn có tính phí trước khi chuyển vụ việc.</translation>
    </message>
    <message>
        <source>Not possible: Zalo&apos;s reply window is closed (the citizen last wrote more than 7 days ago). The case is forwarded without it; record any other contact as an internal note.</source>
        <translation>Không gửi được: đã hết hạn trả lời qua Zalo (công dân nhắn lần cuối đã hơn 7 ngày). Vụ việc được chuyển mà không kèm thông báo; liên hệ với công dân bằng cách khác thì ghi chú nội bộ.</translation>
    </message>
    <message>
        <source>Another case is shown now: close this dialog and forward from that case.</source>
        <translation>Đang hiển thị vụ việc khác: đóng hộp thoại này rồi chuyển từ vụ việc đó.</translation>
    </message>
    <message>
        <source>Not forwarded: the acknowledgement would be billed. Untick it to forward without it, or forward again and confirm.</source>
        <translation>Chưa chuyển: thông báo tiếp nhận sẽ bị tính phí. Bỏ chọn thông báo để chuyển không kèm thông báo, hoặc bấm Chuyển lại và xác nhận.</translation>
    </message>
    <message>
        <source>Case %1 forwarded to %2: it waits for that unit to accept it.</source>
        <translation>Đã chuyển vụ việc %1 đến %2: chờ đơn vị đó tiếp nhận.</translation>
    </message>
    <message>
        <source>The acknowledgement to the citizen waits for an editor&apos;s approval.</source>
        <translation>Thông báo tiếp nhận gửi công dân đang chờ tổ biên tập duyệt.</translation>
    </message>
    <message>
        <source>The acknowledgement to the citizen is queued for sending.</source>
        <translation>Thông báo tiếp nhận gửi công dân đã vào hàng đợi gửi.</translation>
    </message>
    <message>
        <source>%1 is at the top of the tree: there is no higher level. Forward the case to a competent unit instead.</source>
        <translation>%1 là cấp cao nhất: không còn cấp trên. Hãy chuyển vụ việc đến đơn vị có thẩm quyền.</translation>
    </message>
    <message>
        <source>Another case is shown now: close this dialog and escalate from that case.</source>
        <translation>Đang hiển thị vụ việc khác: đóng hộp thoại này rồi báo cáo cấp trên từ vụ việc đó.</translation>
    </message>
    <message>
        <source>Case %1 escalated to %2: it waits for that unit to accept it.</source>
        <translation>Đã báo cáo vụ việc %1 lên %2: chờ đơn vị đó tiếp nhận.</translation>
    </message>
    <message>
        <source>Failed, given up: not sent</source>
        <translation>Gửi lỗi, đã bỏ: không gửi</translation>
    </message>
    <message>
        <source>Failed, given up: not sent (%1)</source>
        <translation>Gửi lỗi, đã bỏ: không gửi (%1)</translation>
    </message>
    <message>
        <source>Failed answer sent again: %1</source>
        <translation>Gửi lại trả lời bị lỗi: %1</translation>
    </message>
    <message>
        <source>Failed answer taken back to be corrected: %1</source>
        <translation>Lấy lại trả lời bị lỗi để sửa: %1</translation>
    </message>
    <message>
        <source>Failed answer given up: %1</source>
        <translation>Bỏ trả lời bị lỗi: %1</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Trả lời</translation>
    </message>
    <message>
        <source>Moved by the reorganisation of units (%1): %2 → %3</source>
        <translation>Chuyển do sắp xếp lại tổ chức (%1): %2 → %3</translation>
    </message>
    <message>
        <source>Satisfaction question queued: %1</source>
        <translation>Đã xếp câu hỏi về mức độ hài lòng vào hàng gửi: %1</translation>
    </message>
    <message>
        <source>Satisfaction question sent (Zalo message %1)</source>
        <translation>Đã gửi câu hỏi về mức độ hài lòng (tin nhắn Zalo %1)</translation>
    </message>
    <message>
        <source>Satisfaction question not sent: %1</source>
        <translation>Không gửi được câu hỏi về mức độ hài lòng: %1</translation>
    </message>
    <message>
        <source>The citizen rated the answer %1 of 5</source>
        <translation>Người dân chấm điểm trả lời: %1/5</translation>
    </message>
</context>
<context>
    <name>casedesk::ui::DatabaseServerDialog</name>
    <message>
        <source>Data server</source>
        <translation>Máy chủ dữ liệu</translation>
    </message>
    <message>
        <source>Where the cases of the data folder %1 are kept:</source>
        <translation>Nơi lưu vụ việc của thư mục dữ liệu %1:</translation>
    </message>
    <message>
        <source>&amp;This PC</source>
        <translation>&amp;Máy tính này</translation>
    </message>
    <message>
        <source>The province&apos;s &amp;data server</source>
        <translation>Máy chủ dữ liệu của &amp;tỉnh</translation>
    </message>
    <message>
        <source>postgresql://HOST:PORT/DATABASE?sslmode=verify-full</source>
        <translation>postgresql://HOST:PORT/DATABASE?sslmode=verify-full</translation>
    </message>
    <message>
        <source>Test &amp;connection</source>
        <translation>&amp;Kiểm tra kết nối</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>Mật khẩ&amp;u:</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>Đị&amp;a chỉ:</translation>
    </message>
    <message>
        <source>No password in the address: CaseDesk reads it from ~/.pgpass (or the file PGPASSFILE names) or asks for it, and never keeps it.</source>
        <translation>Không ghi mật khẩu vào địa chỉ: CaseDesk đọc mật khẩu từ ~/.pgpass (hoặc tệp do PGPASSFILE chỉ định) hoặc hỏi khi cần, và không bao giờ lưu lại.</translation>
    </message>
    <message>
        <source>The file %1, on this PC alone.</source>
        <translation>Tệp %1, chỉ dùng trên máy tính này.</translation>
    </message>
    <message>
        <source>This CaseDesk was started with the database %1 (--database or CASEDESK_DATABASE): it goes before the choice saved here.</source>
        <translation>CaseDesk đang chạy được khởi động với cơ sở dữ liệu %1 (--database hoặc CASEDESK_DATABASE): địa chỉ đó được ưu tiên hơn lựa chọn lưu ở đây.</translation>
    </message>
    <message>
        <source>Write the data server&apos;s address, as postgresql://HOST:PORT/DATABASE.</source>
        <translation>Hãy nhập địa chỉ máy chủ dữ liệu theo dạng postgresql://HOST:PORT/DATABASE.</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Đang kết nối tới %1…</translation>
    </message>
    <message numerus="yes">
        <source>Connected to %1: schema version %2, %n unit(s).</source>
        <translation>
            <numerusform>Đã kết nối tới %1: lược đồ phiên bản %2, %n đơn vị.</numerusform>
        </translation>
    </message>
    <message>
        <source>The password is not kept: CaseDesk asks for it at each start unless ~/.pgpass holds it.</source>
        <translation>Mật khẩu không được lưu lại: mỗi lần khởi động, CaseDesk sẽ hỏi lại, trừ khi ~/.pgpass đã có mật khẩu.</translation>
    </message>
    <message>
        <source>Enter the password below and test again.</source>
        <translation>Hãy nhập mật khẩu bên dưới rồi kiểm tra lại.</translation>
    </message>
    <message>
        <source>The choice could not be saved in %1: check that the data folder can be written.</source>
        <translation>Không lưu được lựa chọn vào %1: hãy kiểm tra thư mục dữ liệu có cho phép ghi hay không.</translation>
    </message>
    <message>
        <source>Saved. Restart CaseDesk to use the data server %1.</source>
        <translation>Đã lưu. Khởi động lại CaseDesk để dùng máy chủ dữ liệu %1.</translation>
    </message>
    <message>
        <source>Saved. Restart CaseDesk to use this PC&apos;s file %1.</source>
        <translation>Đã lưu. Khởi động lại CaseDesk để dùng tệp %1 trên máy tính này.</translation>
    </message>
    <message>
        <source>Start it without --database and CASEDESK_DATABASE, which go before the saved choice.</source>
        <translation>Hãy khởi động không kèm --database và CASEDESK_DATABASE, vì chúng được ưu tiên hơn lựa chọn đã lưu.</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Lưu</translation>
    </message>
</context>
<context>
    <name>casedesk::ui::EscalateDialog</name>
    <message>
        <source>Escalate case %1</source>
        <translation>Báo cáo cấp trên vụ việc %1</translation>
    </message>
    <message>
        <source>Escalate to: %1</source>
        <translation>Báo cáo lên: %1</translation>
    </message>
    <message>
        <source>The case goes to the unit above yours and waits there until that unit accepts it or returns it.</source>
        <translation>Vụ việc được chuyển lên đơn vị cấp trên và chờ ở đó đến khi đơn vị ấy tiếp nhận hoặc trả lại.</translation>
    </message>
    <message>
        <source>Why does the case go to the higher level? (required)</source>
        <translation>Lý do báo cáo vụ việc lên cấp trên (bắt buộc):</translation>
    </message>
    <message>
        <source>Escalate</source>
        <translation>Báo cáo cấp trên</translation>
    </message>
</context>
<context>
    <name>casedesk::ui::FailedAnswersDialog</name>
    <message>
        <source>Failed answers</source>
        <translation>Trả lời gửi lỗi</translation>
    </message>
    <message>
        <source>Answers of your units that Zalo did not deliver. Send one again, correct it, or — when the citizen was reached another way — write a note and close the case.</source>
        <translation>Các trả lời của đơn vị mà Zalo không chuyển được. Có thể gửi lại, sửa rồi gửi, hoặc — khi đã liên hệ được người dân bằng cách khác — ghi chú và đóng vụ việc.</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Vụ việc</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <source>Failed at</source>
        <translation>Thời điểm lỗi</translation>
    </message>
    <message>
        <source>Why Zalo refused it</source>
        <translation>Lý do Zalo từ chối</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Trả lời</translation>
    </message>
    <message>
        <source>Send &amp;again</source>
        <translation>&amp;Gửi lại</translation>
    </message>
    <message>
        <source>Puts the answer back in the outbox: the sync service sends it again.</source>
        <translation>Đưa trả lời trở lại hàng đợi gửi: dịch vụ đồng bộ sẽ gửi lại.</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Sửa…</translation>
    </message>
    <message>
        <source>Takes the answer back and opens the case with it in the answer editor, to correct and send it.</source>
        <translation>Lấy lại trả lời và mở vụ việc với nội dung đó trong ô soạn trả lời để sửa rồi gửi.</translation>
    </message>
    <message>
        <source>&amp;Note and close…</source>
        <translation>Ghi chú &amp;và đóng…</translation>
    </message>
    <message>
        <source>The citizen was reached another way: write how, and the case is closed without this answer.</source>
        <translation>Đã liên hệ được người dân bằng cách khác: ghi rõ cách liên hệ, vụ việc được đóng mà không gửi trả lời này.</translation>
    </message>
    <message>
        <source>The failed answers cannot be read: %1</source>
        <translation>Không đọc được danh sách trả lời gửi lỗi: %1</translation>
    </message>
    <message>
        <source>Zalo gave no reason.</source>
        <translation>Zalo không nêu lý do.</translation>
    </message>
    <message>
        <source>(Zalo code %1)</source>
        <translation>(mã lỗi Zalo %1)</translation>
    </message>
    <message>
        <source>Choose an answer in the list first.</source>
        <translation>Hãy chọn một trả lời trong danh sách trước.</translation>
    </message>
    <message>
        <source>You may read case %1; only %2 acts on it.</source>
        <translation>Đồng chí chỉ được xem vụ việc %1; chỉ %2 được xử lý.</translation>
    </message>
    <message>
        <source>Billed answer</source>
        <translation>Trả lời có tính phí</translation>
    </message>
    <message>
        <source>Not sent again: the answer would be billed.</source>
        <translation>Chưa gửi lại: trả lời này sẽ bị tính phí.</translation>
    </message>
    <message>
        <source>The answer stays in this list: once the citizen is reached, use “Note and close”.</source>
        <translation>Trả lời vẫn nằm trong danh sách này: khi đã liên hệ được người dân, hãy dùng “Ghi chú và đóng”.</translation>
    </message>
    <message>
        <source>The answer to case %1 is back in the outbox: the sync service sends it again.</source>
        <translation>Trả lời của vụ việc %1 đã trở lại hàng đợi gửi: dịch vụ đồng bộ sẽ gửi lại.</translation>
    </message>
    <message>
        <source>The answer to case %1 is in the case&apos;s editor: correct it and send it.</source>
        <translation>Trả lời của vụ việc %1 đã được đưa vào ô soạn trả lời của vụ việc: sửa rồi gửi.</translation>
    </message>
    <message>
        <source>Note and close case %1</source>
        <translation>Ghi chú và đóng vụ việc %1</translation>
    </message>
    <message>
        <source>How was the citizen reached instead (a phone call, a letter, a visit)? The note goes into the case&apos;s history; the answer is not sent and the case is closed.</source>
        <translation>Đã liên hệ người dân bằng cách nào (gọi điện, gửi văn bản, đến gặp)? Ghi chú được lưu vào lịch sử vụ việc; trả lời không được gửi và vụ việc được đóng.</translation>
    </message>
    <message>
        <source>Case %1 is closed with your note; its answer will not be sent.</source>
        <translation>Vụ việc %1 đã đóng kèm ghi chú của đồng chí; trả lời sẽ không được gửi.</translation>
    </message>
</context>
<context>
    <name>casedesk::ui::ForwardDialog</name>
    <message>
        <source>Forward to competent unit</source>
        <translation>Chuyển đơn vị có thẩm quyền</translation>
    </message>
    <message>
        <source>Suggested: %1</source>
        <translation>Gợi ý: %1</translation>
    </message>
    <message>
        <source>Find a unit…</source>
        <translation>Tìm đơn vị…</translation>
    </message>
    <message>
        <source>Reason (required):</source>
        <translation>Lý do (bắt buộc):</translation>
    </message>
    <message>
        <source>Tell the citizen the case was received, with its code</source>
        <translation>Thông báo cho người dân đã tiếp nhận vụ việc, kèm mã vụ việc</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>Chuyển</translation>
    </message>
</context>
<context>
    <name>casedesk::ui::LocalDrafts</name>
    <message>
        <source>%1 cannot be created</source>
        <translation>không tạo được %1</translation>
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
    <message>
        <source>About CaseDesk</source>
        <translation>Giới thiệu CaseDesk</translation>
    </message>
    <message>
        <source>CaseDesk %1
Citizens&apos; messages to police units&apos; Zalo accounts: one queue, deadlines and figures.</source>
        <translation>CaseDesk %1
Tin nhắn của người dân gửi trang Zalo của các đơn vị Công an: một hàng đợi, có thời hạn và số liệu.</translation>
    </message>
    <message>
        <source>&amp;Daily summary…</source>
        <translation>Báo cáo tổng hợp &amp;ngày…</translation>
    </message>
    <message>
        <source>Add &amp;Zalo account…</source>
        <translation>Thêm trang &amp;Zalo…</translation>
    </message>
    <message>
        <source>Filters</source>
        <translation>Bộ lọc</translation>
    </message>
    <message>
        <source>Open cases</source>
        <translation>Vụ việc đang mở</translation>
    </message>
    <message>
        <source>All cases</source>
        <translation>Tất cả vụ việc</translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation>T&amp;rạng thái</translation>
    </message>
    <message>
        <source>Every level</source>
        <translation>Mọi cấp</translation>
    </message>
    <message>
        <source>&amp;Level</source>
        <translation>Cấ&amp;p</translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation>Mọi cán bộ</translation>
    </message>
    <message>
        <source>&amp;Assigned to</source>
        <translation>&amp;Người xử lý</translation>
    </message>
    <message>
        <source>Zalo reply window closing</source>
        <translation>Sắp hết hạn trả lời qua Zalo</translation>
    </message>
    <message>
        <source>The citizen&apos;s last message is 24 hours to 7 days old: answers are billed, and soon refused.</source>
        <translation>Tin nhắn cuối của người dân đã được 24 giờ đến 7 ngày: trả lời bị tính phí và sắp bị Zalo từ chối.</translation>
    </message>
    <message>
        <source>The queue cannot be read: %1</source>
        <translation>Không đọc được hàng đợi: %1</translation>
    </message>
    <message>
        <source>Select a case in the queue to read and answer it.</source>
        <translation>Chọn một vụ việc trong hàng đợi để xem và trả lời.</translation>
    </message>
    <message>
        <source>Words of the citizens&apos; messages, with or without diacritics; Enter searches.</source>
        <translation>Từ ngữ trong tin nhắn của người dân, có dấu hoặc không dấu; nhấn Enter để tìm.</translation>
    </message>
    <message>
        <source>%1+</source>
        <translation>%1+</translation>
    </message>
    <message>
        <source>All %1</source>
        <translation>Tất cả %1</translation>
    </message>
    <message>
        <source>No message matches &quot;%1&quot; with these filters.</source>
        <translation>Không có tin nhắn nào khớp với &quot;%1&quot; theo bộ lọc này.</translation>
    </message>
    <message>
        <source>No case matches these filters.</source>
        <translation>Không có vụ việc nào phù hợp với bộ lọc này.</translation>
    </message>
    <message numerus="yes">
        <source>%n unit(s)</source>
        <translation>
            <numerusform>%n đơn vị</numerusform>
        </translation>
    </message>
    <message>
        <source>No case yet. Connect a unit&apos;s Zalo account (Tools ▸ Add Zalo account) to receive citizens&apos; messages.</source>
        <translation>Chưa có vụ việc. Hãy kết nối trang Zalo của đơn vị (Công cụ ▸ Thêm trang Zalo) để nhận tin nhắn của người dân.</translation>
    </message>
    <message>
        <source>&amp;Data server…</source>
        <translation>&amp;Máy chủ dữ liệu…</translation>
    </message>
    <message>
        <source>Lost the connection to the data server at %1 — CaseDesk is trying to connect again. What is shown stays; answers being written are kept on this PC.</source>
        <translation>Mất kết nối máy chủ dữ liệu từ %1 — CaseDesk đang thử kết nối lại. Những gì đang hiển thị vẫn được giữ; câu trả lời đang viết được lưu trên máy này.</translation>
    </message>
    <message>
        <source>Connected to the data server again</source>
        <translation>Đã kết nối lại máy chủ dữ liệu</translation>
    </message>
    <message>
        <source>Awaiting approval</source>
        <translation>Chờ duyệt</translation>
    </message>
    <message>
        <source>Cases with an answer that waits for an editor&apos;s approval before it is sent, earliest deadline first.</source>
        <translation>Các vụ việc có trả lời đang chờ tổ biên tập duyệt trước khi gửi, hạn trả lời sớm nhất trước.</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>Đăng &amp;xuất</translation>
    </message>
    <message>
        <source>Closes this window; the next officer signs in.</source>
        <translation>Đóng cửa sổ này; cán bộ tiếp theo đăng nhập.</translation>
    </message>
    <message>
        <source>&amp;Officers…</source>
        <translation>&amp;Cán bộ…</translation>
    </message>
    <message>
        <source>Change my &amp;password…</source>
        <translation>Đổi &amp;mật khẩu của tôi…</translation>
    </message>
    <message>
        <source>Your password is changed.</source>
        <translation>Đã đổi mật khẩu của bạn.</translation>
    </message>
    <message>
        <source>Sign-in is not enabled — whoever uses this computer can see every case</source>
        <translation>Chưa bật đăng nhập — ai dùng máy này cũng xem được mọi vụ việc</translation>
    </message>
    <message>
        <source>Add an administrator…</source>
        <translation>Thêm quản trị viên…</translation>
    </message>
    <message>
        <source>The first officer is an administrator; from then on CaseDesk asks everyone who they are at start.</source>
        <translation>Cán bộ đầu tiên là quản trị viên; từ đó CaseDesk hỏi mọi người là ai khi khởi động.</translation>
    </message>
    <message>
        <source>Start CaseDesk again and sign in as the administrator to manage officers.</source>
        <translation>Hãy mở lại CaseDesk và đăng nhập bằng quản trị viên để quản lý cán bộ.</translation>
    </message>
    <message>
        <source>Sign-in is enabled: %1 is the administrator. Until CaseDesk is started again, whoever uses this computer still sees every case.</source>
        <translation>Đã bật đăng nhập: %1 là quản trị viên. Cho đến khi CaseDesk được mở lại, ai dùng máy này vẫn xem được mọi vụ việc.</translation>
    </message>
    <message>
        <source>CaseDesk — %1 — %2</source>
        <translation>CaseDesk — %1 — %2</translation>
    </message>
    <message>
        <source>Officer: %1 (sign-in not enabled)</source>
        <translation>Cán bộ: %1 (chưa bật đăng nhập)</translation>
    </message>
    <message>
        <source>The name recorded in case histories; nobody checked it.</source>
        <translation>Tên được ghi vào lịch sử xử lý; chưa ai kiểm tra tên này.</translation>
    </message>
    <message>
        <source>Officer: %1 — %2, %3</source>
        <translation>Cán bộ: %1 — %2, %3</translation>
    </message>
    <message>
        <source>Signed in. May: %1.</source>
        <translation>Đã đăng nhập. Được phép: %1.</translation>
    </message>
    <message>
        <source>No case is shown to %1: %2</source>
        <translation>Không hiển thị vụ việc nào cho %1: %2</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Xem</translation>
    </message>
    <message>
        <source>&amp;Next case</source>
        <translation>Vụ việc &amp;tiếp theo</translation>
    </message>
    <message>
        <source>&amp;Previous case</source>
        <translation>Vụ việc t&amp;rước</translation>
    </message>
    <message>
        <source>&amp;Search messages</source>
        <translation>&amp;Tìm trong tin nhắn</translation>
    </message>
    <message>
        <source>Find a &amp;unit</source>
        <translation>Tìm đơn &amp;vị</translation>
    </message>
    <message>
        <source>Find a unit</source>
        <translation>Tìm đơn vị</translation>
    </message>
    <message>
        <source>Words of a unit&apos;s name, with or without diacritics: the tree shows the units that hold them.</source>
        <translation>Gõ chữ trong tên đơn vị, có dấu hay không dấu đều được: cây chỉ hiện các đơn vị có những chữ ấy.</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <source>Search messages</source>
        <translation>Tìm trong tin nhắn</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Vụ việc</translation>
    </message>
    <message>
        <source>&amp;Desktop notifications of urgent reports</source>
        <translation>Thông báo trên &amp;màn hình khi có tin khẩn</translation>
    </message>
    <message>
        <source>A notification, with a sound where the desktop plays one, when a crime report or an urgent security report arrives for your units.</source>
        <translation>Hiện thông báo (kèm âm thanh nếu máy có) khi đơn vị của bạn nhận tố giác tội phạm hoặc tin báo an ninh khẩn.</translation>
    </message>
    <message>
        <source>Case %1 is not in the queue any more.</source>
        <translation>Vụ việc %1 không còn trong hàng đợi.</translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation>&amp;Hướng dẫn sử dụng</translation>
    </message>
    <message>
        <source>CaseDesk — User guide</source>
        <translation>CaseDesk — Hướng dẫn sử dụng</translation>
    </message>
    <message>
        <source>The user guide is missing from this build: %1</source>
        <translation>Bản cài đặt này thiếu hướng dẫn sử dụng: %1</translation>
    </message>
    <message>
        <source>&amp;Failed answers…</source>
        <translation>Trả lời gửi &amp;lỗi…</translation>
    </message>
    <message>
        <source>Answers Zalo did not deliver: send them again, correct them, or note and close.</source>
        <translation>Các trả lời Zalo không chuyển được: gửi lại, sửa, hoặc ghi chú và đóng.</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Thiết lập…</translation>
    </message>
    <message>
        <source>Ctrl+,</source>
        <translation>Ctrl+,</translation>
    </message>
    <message>
        <source>Search results come newest match first. Clear the search to sort the queue.</source>
        <translation>Kết quả tìm kiếm luôn xếp tin nhắn khớp mới nhất lên trước. Xóa ô tìm kiếm để sắp xếp hàng đợi.</translation>
    </message>
    <message>
        <source>The queue cannot be sorted by &quot;%1&quot;.</source>
        <translation>Không sắp xếp được hàng đợi theo cột &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>&amp;Period report…</source>
        <translation>Báo cáo &amp;theo kỳ…</translation>
    </message>
    <message>
        <source>A week, a month, a quarter, a year or any days: the figures beside the period before, the units ranked, charts.</source>
        <translation>Một tuần, một tháng, một quý, một năm hoặc khoảng ngày bất kỳ: số liệu so với kỳ trước, xếp hạng đơn vị, biểu đồ.</translation>
    </message>
</context>
<context>
    <name>casedesk::ui::OfficerForm</name>
    <message>
        <source>New password for %1</source>
        <translation>Mật khẩu mới cho %1</translation>
    </message>
    <message>
        <source>Officer</source>
        <translation>Cán bộ</translation>
    </message>
    <message>
        <source>&amp;Current password</source>
        <translation>Mật khẩu &amp;hiện tại</translation>
    </message>
    <message>
        <source>Add the first administrator</source>
        <translation>Thêm quản trị viên đầu tiên</translation>
    </message>
    <message>
        <source>Add an officer</source>
        <translation>Thêm cán bộ</translation>
    </message>
    <message>
        <source>Once an administrator exists, CaseDesk asks everyone who they are at start, and each officer sees only their units&apos; cases. The administrator adds the other officers in Tools ▸ Officers.</source>
        <translation>Khi đã có quản trị viên, CaseDesk hỏi mọi người là ai khi khởi động, và mỗi cán bộ chỉ xem vụ việc của đơn vị mình. Quản trị viên thêm các cán bộ khác trong Công cụ ▸ Cán bộ.</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Tên</translation>
    </message>
    <message>
        <source>Roles (at least one)</source>
        <translation>Vai trò (ít nhất một)</translation>
    </message>
    <message>
        <source>&amp;Unit</source>
        <translation>Đơn &amp;vị</translation>
    </message>
    <message>
        <source>May see who reported a crime (each time with a reason, logged)</source>
        <translation>Được xem danh tính người tố giác (mỗi lần phải nêu lý do, có ghi lại)</translation>
    </message>
    <message>
        <source>&amp;New password</source>
        <translation>Mật khẩu &amp;mới</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;Mật khẩu</translation>
    </message>
    <message>
        <source>&amp;Repeat the password</source>
        <translation>&amp;Nhập lại mật khẩu</translation>
    </message>
    <message>
        <source>At least %1 characters.</source>
        <translation>Ít nhất %1 ký tự.</translation>
    </message>
    <message>
        <source>At least %1 characters. Tell it to the officer in person, never in a message.</source>
        <translation>Ít nhất %1 ký tự. Hãy báo trực tiếp cho cán bộ, không gửi qua tin nhắn.</translation>
    </message>
    <message>
        <source>Set password</source>
        <translation>Đặt mật khẩu</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Thêm</translation>
    </message>
    <message>
        <source>Type your current password.</source>
        <translation>Hãy nhập mật khẩu hiện tại của bạn.</translation>
    </message>
    <message>
        <source>Type the officer&apos;s name.</source>
        <translation>Hãy nhập tên cán bộ.</translation>
    </message>
    <message>
        <source>Tick at least one role.</source>
        <translation>Hãy chọn ít nhất một vai trò.</translation>
    </message>
    <message>
        <source>Choose the officer&apos;s unit from the list.</source>
        <translation>Hãy chọn đơn vị của cán bộ trong danh sách.</translation>
    </message>
    <message>
        <source>The password must have at least %1 characters.</source>
        <translation>Mật khẩu phải có ít nhất %1 ký tự.</translation>
    </message>
    <message>
        <source>The two passwords differ: type the same password twice.</source>
        <translation>Hai mật khẩu không giống nhau: hãy nhập cùng một mật khẩu hai lần.</translation>
    </message>
    <message>
        <source>The password was not changed: %1</source>
        <translation>Chưa đổi được mật khẩu: %1</translation>
    </message>
    <message>
        <source>Officers were added meanwhile: restart CaseDesk and sign in as an administrator to add more.</source>
        <translation>Trong lúc này đã có cán bộ được thêm: hãy mở lại CaseDesk và đăng nhập bằng quản trị viên để thêm cán bộ khác.</translation>
    </message>
    <message>
        <source>The officer was not added: %1</source>
        <translation>Chưa thêm được cán bộ: %1</translation>
    </message>
</context>
<context>
    <name>casedesk::ui::OfficerListModel</name>
    <message>
        <source>Disabled</source>
        <translation>Đã vô hiệu hóa</translation>
    </message>
    <message>
        <source>Locked until %1</source>
        <translation>Bị khóa đến %1</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>Đang hoạt động</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Có</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Không</translation>
    </message>
    <message>
        <source>Officer</source>
        <translation>Cán bộ</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Vai trò</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <source>May reveal informants</source>
        <translation>Được xem danh tính người tố giác</translation>
    </message>
</context>
<context>
    <name>casedesk::ui::OfficersDialog</name>
    <message>
        <source>Officers</source>
        <translation>Cán bộ</translation>
    </message>
    <message>
        <source>Who may sign in to CaseDesk on this data, with which roles and unit. A disabled officer can no longer sign in; what they did stays in the history.</source>
        <translation>Những ai được đăng nhập CaseDesk trên dữ liệu này, với vai trò và đơn vị nào. Cán bộ đã bị vô hiệu hóa không đăng nhập được nữa; những việc họ đã làm vẫn còn trong lịch sử xử lý.</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Thêm…</translation>
    </message>
    <message>
        <source>&amp;Disable</source>
        <translation>&amp;Vô hiệu hóa</translation>
    </message>
    <message>
        <source>Set &amp;password…</source>
        <translation>Đặt &amp;mật khẩu…</translation>
    </message>
    <message>
        <source>%1 is now an officer and can sign in.</source>
        <translation>%1 nay là cán bộ và có thể đăng nhập.</translation>
    </message>
    <message>
        <source>Disable officer</source>
        <translation>Vô hiệu hóa cán bộ</translation>
    </message>
    <message>
        <source>Disable %1? They can no longer sign in; what they did stays in the history.</source>
        <translation>Vô hiệu hóa %1? Cán bộ này sẽ không đăng nhập được nữa; những việc đã làm vẫn còn trong lịch sử xử lý.</translation>
    </message>
    <message>
        <source>%1 Nothing was changed.</source>
        <translation>%1 Chưa thay đổi gì.</translation>
    </message>
    <message>
        <source>%1 is disabled: they can no longer sign in.</source>
        <translation>Đã vô hiệu hóa %1: cán bộ này không đăng nhập được nữa.</translation>
    </message>
    <message>
        <source>The password of %1 is changed; if they were locked out, they can sign in again.</source>
        <translation>Đã đổi mật khẩu của %1; nếu đang bị khóa, cán bộ này đăng nhập lại được.</translation>
    </message>
</context>
<context>
    <name>casedesk::ui::PcSettings</name>
    <message>
        <source>The language is Vietnamese (vi) or English (en), not &quot;%1&quot;.</source>
        <translation>Ngôn ngữ là tiếng Việt (vi) hoặc tiếng Anh (en), không phải &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The data folder&apos;s name begins or ends with a space: &quot;%1&quot;.</source>
        <translation>Tên thư mục dữ liệu có khoảng trắng ở đầu hoặc cuối: &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Give the data folder as a whole path (such as %1), not &quot;%2&quot;.</source>
        <translation>Hãy ghi đường dẫn đầy đủ của thư mục dữ liệu (ví dụ %1), không phải &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>%1 is a file, not a folder.</source>
        <translation>%1 là một tệp, không phải thư mục.</translation>
    </message>
    <message>
        <source>CaseDesk may not write in %1.</source>
        <translation>CaseDesk không được phép ghi vào %1.</translation>
    </message>
    <message>
        <source>The folder %1 cannot be made there: CaseDesk may not write in %2.</source>
        <translation>Không tạo được thư mục %1: CaseDesk không được phép ghi vào %2.</translation>
    </message>
</context>
<context>
    <name>casedesk::ui::PeriodReportDialog</name>
    <message>
        <source>Period report</source>
        <translation>Báo cáo theo kỳ</translation>
    </message>
    <message>
        <source>P&amp;eriod:</source>
        <translation>&amp;Kỳ báo cáo:</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Từ ngày:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>Đế&amp;n ngày:</translation>
    </message>
    <message>
        <source>&amp;Unit (with the units under it):</source>
        <translation>Đơn &amp;vị (gồm các đơn vị trực thuộc):</translation>
    </message>
    <message>
        <source>Print pre&amp;view…</source>
        <translation>&amp;Xem trước khi in…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;In…</translation>
    </message>
    <message>
        <source>Export P&amp;DF…</source>
        <translation>Xuất &amp;PDF…</translation>
    </message>
    <message>
        <source>Export &amp;HTML…</source>
        <translation>Xuất &amp;HTML…</translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation>Xuất &amp;CSV…</translation>
    </message>
    <message>
        <source>%1 · %2
%3

Received: %4 (previous period %5, %6)
Answered: %7
Forwarded: %8 · escalated: %9 · returned: %10
Closed: %11
Still open at the end: %12 · overdue: %13
First answers within deadline: %14
Units ranked: %15 · received nothing: %16</source>
        <translation>%1 · %2
%3

Tiếp nhận: %4 (kỳ trước %5, %6)
Đã trả lời: %7
Chuyển đơn vị có thẩm quyền: %8 · báo cáo cấp trên: %9 · trả lại: %10
Đã đóng: %11
Chưa kết thúc cuối kỳ: %12 · quá hạn: %13
Trả lời đầu tiên đúng hạn: %14
Đơn vị được xếp hạng: %15 · không tiếp nhận: %16</translation>
    </message>
    <message>
        <source>Period report — print preview</source>
        <translation>Báo cáo theo kỳ — xem trước khi in</translation>
    </message>
    <message>
        <source>The file %1 cannot be written: %2</source>
        <translation>Không ghi được tệp %1: %2</translation>
    </message>
    <message>
        <source>period-report-%1-%2-%3</source>
        <extracomment>a file name: %1 first day, %2 last day, %3 the unit&apos;s id</extracomment>
        <translation>bao-cao-theo-ky-%1-%2-%3</translation>
    </message>
    <message>
        <source>Export the period report as PDF</source>
        <translation>Xuất báo cáo theo kỳ ra tệp PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Tài liệu PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Export the period report as HTML</source>
        <translation>Xuất báo cáo theo kỳ ra tệp HTML</translation>
    </message>
    <message>
        <source>Web pages (*.html)</source>
        <translation>Trang web (*.html)</translation>
    </message>
    <message>
        <source>Export the units&apos; figures as CSV</source>
        <translation>Xuất số liệu các đơn vị ra tệp CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Tệp CSV (*.csv)</translation>
    </message>
    <message>
        <source>The first day (%1) is after the last (%2): choose a first day on or before the last.</source>
        <translation>Ngày bắt đầu (%1) sau ngày kết thúc (%2): hãy chọn ngày bắt đầu không muộn hơn ngày kết thúc.</translation>
    </message>
</context>
<context>
    <name>casedesk::ui::PeriodReportDocument</name>
    <message>
        <source>No.:       /PR</source>
        <extracomment>the document number line under the issuing unit of a period report (Số: …/BC-…)</extracomment>
        <translation>Số:       /BC</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Tỷ lệ</translation>
    </message>
    <message numerus="yes">
        <source>%n other unit(s) (see the annex)</source>
        <translation>
            <numerusform>%n đơn vị khác (xem phụ lục)</numerusform>
        </translation>
    </message>
    <message>
        <source>Within deadline, previous period</source>
        <translation>Đúng hạn, kỳ trước</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Tiếp nhận</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Đã trả lời</translation>
    </message>
    <message>
        <source>Forwarded</source>
        <translation>Chuyển</translation>
    </message>
    <message>
        <source>Escalated</source>
        <translation>Báo cáo cấp trên</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>Trả lại</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Đã đóng</translation>
    </message>
</context>
<context>
    <name>casedesk::ui::QueueModel</name>
    <message>
        <source>%1:%2 left</source>
        <translation>còn %1:%2</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) left</source>
        <translation>
            <numerusform>còn %n ngày</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>overdue %n min</source>
        <translation>
            <numerusform>quá %n phút</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>overdue %n hour(s)</source>
        <translation>
            <numerusform>quá %n giờ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>overdue %n day(s)</source>
        <translation>
            <numerusform>quá %n ngày</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>free %n h</source>
        <translation>
            <numerusform>còn %n giờ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s) left to answer free</source>
        <translation>
            <numerusform>Còn %n giờ trả lời miễn phí</numerusform>
        </translation>
    </message>
    <message>
        <source>billed</source>
        <translation>tính phí</translation>
    </message>
    <message>
        <source>Billed answer</source>
        <translation>Trả lời có tính phí</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>hết hạn</translation>
    </message>
    <message>
        <source>Zalo reply window closed</source>
        <translation>Đã hết hạn trả lời qua Zalo</translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation>Khẩn</translation>
    </message>
    <message>
        <source>Response deadline: %1</source>
        <translation>Hạn trả lời: %1</translation>
    </message>
    <message>
        <source>!</source>
        <translation>!</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Nhận lúc</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>Hạn trả lời</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Loại</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <source>Citizen</source>
        <translation>Người dân</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Tin nhắn</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <source>Zalo window</source>
        <translation>Zalo</translation>
    </message>
    <message>
        <source>%1 ?</source>
        <translation>%1 ?</translation>
    </message>
    <message>
        <source>%1 — check the category: the classifier is only %2% sure</source>
        <translation>%1 — cần kiểm tra loại: bộ phân loại chỉ chắc chắn %2%</translation>
    </message>
    <message>
        <source>Search results come newest matching message first. Clear the search to sort the queue by a column.</source>
        <translation>Kết quả tìm kiếm xếp tin nhắn khớp mới nhất lên trước. Xóa ô tìm kiếm để sắp xếp hàng đợi theo một cột.</translation>
    </message>
    <message>
        <source>Sorts the whole queue by when each case was received: newest first, and oldest first when clicked again.</source>
        <translation>Sắp xếp toàn bộ hàng đợi theo thời điểm nhận vụ việc: mới nhất trước; bấm lần nữa thì cũ nhất trước.</translation>
    </message>
    <message>
        <source>Sorts the whole queue by deadline: urgent cases first, then the earliest deadline, cases without one last (the usual order); clicked again, the reverse.</source>
        <translation>Sắp xếp toàn bộ hàng đợi theo hạn trả lời: vụ việc khẩn trước, rồi hạn gần nhất, vụ việc không có hạn sau cùng (thứ tự thường dùng); bấm lần nữa thì đảo ngược.</translation>
    </message>
    <message>
        <source>The queue cannot be sorted by this column; sort it by &quot;%1&quot; or &quot;%2&quot;.</source>
        <translation>Không sắp xếp được hàng đợi theo cột này; hãy sắp xếp theo &quot;%1&quot; hoặc &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>Message (newest match first)</source>
        <translation>Tin nhắn (khớp mới nhất trước)</translation>
    </message>
</context>
<context>
    <name>casedesk::ui::ReportDialog</name>
    <message>
        <source>Daily summary</source>
        <translation>Báo cáo tổng hợp ngày</translation>
    </message>
    <message>
        <source>&amp;Day:</source>
        <translation>&amp;Ngày:</translation>
    </message>
    <message>
        <source>&amp;Unit (with the units under it):</source>
        <translation>Đơn &amp;vị (gồm các đơn vị trực thuộc):</translation>
    </message>
    <message>
        <source>Print pre&amp;view…</source>
        <translation>&amp;Xem trước khi in…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;In…</translation>
    </message>
    <message>
        <source>Export P&amp;DF…</source>
        <translation>Xuất &amp;PDF…</translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation>Xuất &amp;CSV…</translation>
    </message>
    <message>
        <source>%1

Received: %2
Answered: %3
Forwarded: %4 · escalated: %5 · returned: %6
Closed: %7
Still open: %8 · overdue: %9
Urgent cases still open: %10</source>
        <translation>%1

Tiếp nhận: %2
Đã trả lời: %3
Chuyển đơn vị: %4 · báo cáo cấp trên: %5 · trả lại: %6
Đã đóng: %7
Chưa kết thúc: %8 · quá hạn: %9
Vụ việc khẩn chưa kết thúc: %10</translation>
    </message>
    <message>
        <source>Daily summary — print preview</source>
        <translation>Báo cáo tổng hợp ngày — xem trước khi in</translation>
    </message>
    <message>
        <source>The CSV file %1 cannot be written: %2</source>
        <translation>Không ghi được tệp CSV %1: %2</translation>
    </message>
    <message>
        <source>daily-summary-%1-%2</source>
        <translation>bao-cao-ngay-%1-%2</translation>
    </message>
    <message>
        <source>Export the daily summary as PDF</source>
        <translation>Xuất báo cáo tổng hợp ngày ra PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Tài liệu PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Export the day&apos;s cases as CSV</source>
        <translation>Xuất danh sách vụ việc trong ngày ra CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Tệp CSV (*.csv)</translation>
    </message>
    <message>
        <source>Saved the file %1
in the folder %2.</source>
        <extracomment>%1 the file&apos;s name, %2 its folder</extracomment>
        <translation>Đã lưu tệp %1
vào thư mục %2.</translation>
    </message>
    <message>
        <source>Open &amp;folder</source>
        <translation>&amp;Mở thư mục</translation>
    </message>
    <message>
        <source>The folder %1 cannot be opened.</source>
        <translation>Không mở được thư mục %1.</translation>
    </message>
</context>
<context>
    <name>casedesk::ui::ReportDocument</name>
    <message>
        <source>The PDF file %1 cannot be written: check that its folder exists and is writable.</source>
        <translation>Không ghi được tệp PDF %1: hãy kiểm tra thư mục có tồn tại và được phép ghi.</translation>
    </message>
    <message>
        <source>No.:       /DR</source>
        <extracomment>the document number line under the issuing unit (Số: …/BC-…)</extracomment>
        <translation>Số:       /BC</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) received from citizens via Zalo.</source>
        <translation>
            <numerusform>Tiếp nhận %n vụ việc của người dân qua Zalo.</numerusform>
        </translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Tỷ lệ</translation>
    </message>
    <message numerus="yes">
        <source>%n other unit(s)</source>
        <translation>
            <numerusform>%n đơn vị khác</numerusform>
        </translation>
    </message>
    <message>
        <source>24:00 on %1</source>
        <translation>24 giờ 00 ngày %1</translation>
    </message>
    <message>
        <source>Figures count cases: a case forwarded twice in the day counts once. Open and overdue cases as at %1.</source>
        <translation>Số liệu tính theo vụ việc: một vụ việc chuyển hai lần trong ngày được tính một lần. Vụ việc chưa kết thúc và quá hạn tính đến %1.</translation>
    </message>
</context>
<context>
    <name>casedesk::ui::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Thiết lập</translation>
    </message>
    <message>
        <source>This &amp;PC</source>
        <translation>&amp;Máy này</translation>
    </message>
    <message>
        <source>The &amp;province (data server)</source>
        <translation>&amp;Toàn tỉnh (máy chủ dữ liệu)</translation>
    </message>
    <message>
        <source>The &amp;unit (this PC&apos;s data)</source>
        <translation>Đơn &amp;vị (dữ liệu của máy này)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Lưu</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>Thư mục dữ liệu</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>C&amp;họn…</translation>
    </message>
    <message>
        <source>&amp;Data folder:</source>
        <translation>Thư mục &amp;dữ liệu:</translation>
    </message>
    <message>
        <source>Where this PC keeps its cases, or its link to the data server. Empty: %1. Used from the next start; the folder in use now is %2.</source>
        <translation>Nơi máy này lưu vụ việc, hoặc thông tin kết nối máy chủ dữ liệu. Để trống: %1. Có hiệu lực từ lần mở chương trình sau; thư mục đang dùng là %2.</translation>
    </message>
    <message>
        <source>The province&apos;s data server: %1</source>
        <translation>Máy chủ dữ liệu của tỉnh: %1</translation>
    </message>
    <message>
        <source>This PC (a file in the data folder)</source>
        <translation>Máy này (một tệp trong thư mục dữ liệu)</translation>
    </message>
    <message>
        <source>Cha&amp;nge…</source>
        <translation>Đổ&amp;i…</translation>
    </message>
    <message>
        <source>Cases kept on:</source>
        <translation>Nơi lưu vụ việc:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Ngôn ngữ:</translation>
    </message>
    <message>
        <source>Used from the next start. --lang on the command line still wins.</source>
        <translation>Có hiệu lực từ lần mở chương trình sau. Tùy chọn --lang trên dòng lệnh vẫn được ưu tiên.</translation>
    </message>
    <message>
        <source>Unit shown at start</source>
        <translation>Đơn vị hiện khi mở chương trình</translation>
    </message>
    <message>
        <source>(the unit chosen last time)</source>
        <translation>(đơn vị chọn lần trước)</translation>
    </message>
    <message>
        <source>Unit shown at s&amp;tart:</source>
        <translation>Đơn vị hiện &amp;khi mở:</translation>
    </message>
    <message>
        <source>A signed-in officer&apos;s own unit is shown at start.</source>
        <translation>Cán bộ đã đăng nhập luôn thấy đơn vị của mình khi mở chương trình.</translation>
    </message>
    <message>
        <source>A desktop &amp;notification when a crime report or an urgent security report arrives</source>
        <translation>Hiện &amp;thông báo trên màn hình khi có tố giác tội phạm hoặc tin báo an ninh khẩn</translation>
    </message>
    <message>
        <source>…with the desktop&apos;s &amp;sound</source>
        <translation>…kèm âm th&amp;anh của máy</translation>
    </message>
    <message>
        <source>Alerts:</source>
        <translation>Thông báo:</translation>
    </message>
    <message>
        <source>These settings are the province&apos;s: every PC and sync host uses them, from its next start.</source>
        <translation>Đây là thiết lập của tỉnh: mọi máy tính và máy đồng bộ dùng chung, từ lần khởi động sau của mỗi máy.</translation>
    </message>
    <message>
        <source>These settings are kept with this PC&apos;s cases and used from the next start.</source>
        <translation>Thiết lập này được lưu cùng dữ liệu vụ việc của máy này và có hiệu lực từ lần mở chương trình sau.</translation>
    </message>
    <message>
        <source> s</source>
        <translation> giây</translation>
    </message>
    <message>
        <source>Pause between two &amp;polls of an account:</source>
        <translation>Nghỉ giữa hai lần đọc hộp thư &amp;Zalo của một trang:</translation>
    </message>
    <message>
        <source> days</source>
        <translation> ngày</translation>
    </message>
    <message>
        <source>An answered case with no new message &amp;closes after:</source>
        <translation>Vụ việc đã trả lời, không có tin mới, tự &amp;kết thúc sau:</translation>
    </message>
    <message>
        <source>The &amp;office closes at:</source>
        <translation>&amp;Hết giờ làm việc lúc:</translation>
    </message>
    <message>
        <source>First-response deadlines</source>
        <translation>Thời hạn trả lời đầu tiên</translation>
    </message>
    <message>
        <source>Crime report, urgent</source>
        <translation>Tố giác tội phạm, khẩn</translation>
    </message>
    <message>
        <source>Crime report</source>
        <translation>Tố giác tội phạm</translation>
    </message>
    <message>
        <source>Security report, urgent</source>
        <translation>Tin báo an ninh, trật tự, khẩn</translation>
    </message>
    <message>
        <source>Security report</source>
        <translation>Tin báo an ninh, trật tự</translation>
    </message>
    <message>
        <source>Petition</source>
        <translation>Phản ánh, kiến nghị</translation>
    </message>
    <message>
        <source>Procedure question</source>
        <translation>Thắc mắc thủ tục hành chính</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Khác</translation>
    </message>
    <message>
        <source>no deadline</source>
        <translation>không có thời hạn</translation>
    </message>
    <message>
        <source>hours</source>
        <translation>giờ</translation>
    </message>
    <message>
        <source>calendar days</source>
        <translation>ngày</translation>
    </message>
    <message>
        <source>working days</source>
        <translation>ngày làm việc</translation>
    </message>
    <message>
        <source>%1: unit of the deadline</source>
        <translation>%1: đơn vị tính thời hạn</translation>
    </message>
    <message>
        <source>%1: deadline</source>
        <translation>%1: thời hạn</translation>
    </message>
    <message>
        <source>A new deadline counts for cases received after it is used; a case keeps the deadline it was given.</source>
        <translation>Thời hạn mới áp dụng cho vụ việc tiếp nhận sau khi thời hạn đó có hiệu lực; vụ việc đã có thời hạn thì giữ nguyên.</translation>
    </message>
    <message>
        <source>The language changes at the next start.</source>
        <translation>Ngôn ngữ sẽ đổi từ lần mở chương trình sau.</translation>
    </message>
    <message>
        <source>The data folder changes at the next start.</source>
        <translation>Thư mục dữ liệu sẽ đổi từ lần mở chương trình sau.</translation>
    </message>
    <message>
        <source>The province&apos;s settings are saved; every PC and sync host uses them from its next start.</source>
        <translation>Đã lưu thiết lập của tỉnh; mọi máy tính và máy đồng bộ dùng từ lần khởi động sau.</translation>
    </message>
    <message>
        <source>The unit&apos;s settings are saved; CaseDesk uses them from its next start.</source>
        <translation>Đã lưu thiết lập của đơn vị; CaseDesk dùng từ lần mở chương trình sau.</translation>
    </message>
    <message>
        <source>Citizens&apos; &amp;satisfaction</source>
        <translation>Ý &amp;kiến người dân</translation>
    </message>
    <message>
        <source>When a unit below closes a case after an answer, and the citizen wrote within Zalo&apos;s free 48 hours, CaseDesk sends one question. A reply of 1 to 5 (or words such as &quot;rất hài lòng&quot;) is recorded on the case, and the period reports show the ratings; any other reply opens a case as before. Never for crime reports or a protected reporter, never twice for a case.</source>
        <translation>Khi đơn vị được chọn dưới đây kết thúc một vụ việc đã trả lời, và người dân nhắn tin trong vòng 48 giờ miễn phí của Zalo, CaseDesk gửi một câu hỏi. Trả lời từ 1 đến 5 (hoặc các từ như &quot;rất hài lòng&quot;) được ghi vào vụ việc và báo cáo theo kỳ thống kê điểm; trả lời khác mở vụ việc như thường lệ. Không bao giờ hỏi với tố giác tội phạm hoặc người tố giác được bảo vệ, không hỏi hai lần cho một vụ việc.</translation>
    </message>
    <message>
        <source>The question: %1</source>
        <translation>Câu hỏi: %1</translation>
    </message>
    <message>
        <source>&amp;Every unit asks</source>
        <translation>&amp;Tất cả đơn vị đều hỏi</translation>
    </message>
    <message>
        <source>&amp;Units that ask:</source>
        <translation>Các đơ&amp;n vị hỏi ý kiến:</translation>
    </message>
</context>
<context>
    <name>casedesk::ui::SignInDialog</name>
    <message>
        <source>CaseDesk — sign in</source>
        <translation>CaseDesk — đăng nhập</translation>
    </message>
    <message>
        <source>Sign in with your officer name and password. What you do is recorded under your name.</source>
        <translation>Đăng nhập bằng tên cán bộ và mật khẩu của bạn. Mọi thao tác của bạn được ghi lại dưới tên bạn.</translation>
    </message>
    <message>
        <source>&amp;Officer</source>
        <translation>&amp;Cán bộ</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;Mật khẩu</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Đăng nhập</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Thoát</translation>
    </message>
    <message>
        <source>Sign in (%1 s)</source>
        <translation>Đăng nhập (%1 giây)</translation>
    </message>
</context>
<context>
    <name>casedesk::ui::SyncStatusWidget</name>
    <message>
        <source>Zalo accounts…</source>
        <translation>Trang Zalo…</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Đồng bộ ngay</translation>
    </message>
    <message>
        <source>Read every Zalo account now (F5)</source>
        <translation>Lấy ngay tin nhắn mới của mọi trang Zalo (F5)</translation>
    </message>
    <message>
        <source>No Zalo account connected yet (Tools ▸ Add Zalo account)</source>
        <translation>Chưa kết nối trang Zalo nào (Công cụ ▸ Thêm trang Zalo)</translation>
    </message>
    <message>
        <source>Offline since %1 — working from the local copy; retrying by itself</source>
        <translation>Ngoại tuyến từ %1 — đang dùng dữ liệu đã lưu trên máy; tự động kết nối lại</translation>
    </message>
    <message>
        <source>First sync: %1/%2 Zalo accounts</source>
        <translation>Đồng bộ lần đầu: %1/%2 trang Zalo</translation>
    </message>
    <message>
        <source>Synced at %1</source>
        <translation>Đồng bộ lúc %1</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Đang đồng bộ…</translation>
    </message>
    <message>
        <source>%1/%2 Zalo accounts working</source>
        <translation>%1/%2 trang Zalo hoạt động</translation>
    </message>
    <message numerus="yes">
        <source>%n with errors</source>
        <translation>
            <numerusform>%n trang lỗi</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n need consent again</source>
        <translation>
            <numerusform>%n trang cần cấp quyền lại</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n queued</source>
        <translation>
            <numerusform>%n chờ gửi</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sending</source>
        <translation>
            <numerusform>%n đang gửi</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n uncertain</source>
        <translation>
            <numerusform>%n chưa rõ</numerusform>
        </translation>
    </message>
    <message>
        <source>Outbox: %1</source>
        <translation>Hàng đợi gửi: %1</translation>
    </message>
    <message>
        <source>Zalo accounts</source>
        <translation>Trang Zalo</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Cảnh báo</translation>
    </message>
    <message>
        <source>Sync state unknown: %1</source>
        <translation>Không rõ trạng thái đồng bộ: %1</translation>
    </message>
    <message numerus="yes">
        <source>%1: running, %n Zalo account(s), last heard from at %2</source>
        <translation>
            <numerusform>%1: đang chạy, %n trang Zalo, phản hồi lần cuối lúc %2</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: stopped at %2</source>
        <translation>%1: đã dừng lúc %2</translation>
    </message>
    <message>
        <source>%1: not responding since %2</source>
        <translation>%1: không phản hồi từ %2</translation>
    </message>
    <message>
        <source>No sync host is running</source>
        <translation>Không có máy đồng bộ nào đang chạy</translation>
    </message>
    <message>
        <source>last synced at %1</source>
        <translation>đồng bộ lần cuối lúc %1</translation>
    </message>
    <message numerus="yes">
        <source>%n sync host(s) running</source>
        <translation>
            <numerusform>%n máy đồng bộ đang chạy</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not held by any sync host</source>
        <translation>
            <numerusform>%n trang không có máy đồng bộ nào giữ</numerusform>
        </translation>
    </message>
    <message>
        <source>No sync host has ever run on this database.</source>
        <translation>Chưa từng có máy đồng bộ nào chạy trên cơ sở dữ liệu này.</translation>
    </message>
    <message>
        <source>Sync hosts:</source>
        <translation>Máy đồng bộ:</translation>
    </message>
    <message>
        <source>Per Zalo account: Zalo accounts…</source>
        <translation>Theo từng trang Zalo: Trang Zalo…</translation>
    </message>
    <message>
        <source>Answers Zalo did not deliver: send them again, correct them, or note and close.</source>
        <translation>Các trả lời Zalo không chuyển được: gửi lại, sửa, hoặc ghi chú và đóng.</translation>
    </message>
    <message numerus="yes">
        <source>%n failed to send</source>
        <translation>
            <numerusform>%n gửi lỗi</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>casedesk::ui::TemplateDialog</name>
    <message>
        <source>Answer templates</source>
        <translation>Mẫu trả lời</translation>
    </message>
    <message>
        <source>{code} is replaced by the case code, {unit} by the unit&apos;s name.</source>
        <translation>{code} được thay bằng mã vụ việc, {unit} bằng tên đơn vị.</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>Tiêu đề:</translation>
    </message>
    <message>
        <source>Category:</source>
        <translation>Loại:</translation>
    </message>
    <message>
        <source>Text:</source>
        <translation>Nội dung:</translation>
    </message>
    <message>
        <source>Legal basis:</source>
        <translation>Căn cứ pháp lý:</translation>
    </message>
    <message>
        <source>Review by:</source>
        <translation>Rà soát trước ngày:</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Thêm mới</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Lưu</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <source>Delete template</source>
        <translation>Xóa mẫu trả lời</translation>
    </message>
    <message>
        <source>Delete the template &quot;%1&quot;?</source>
        <translation>Xóa mẫu trả lời &quot;%1&quot;?</translation>
    </message>
    <message>
        <source>(review due)</source>
        <translation>(đến hạn rà soát)</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Đã lưu.</translation>
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
        <source>Overdue cases</source>
        <translation>Vụ việc quá hạn</translation>
    </message>
    <message>
        <source>Urgent cases waiting for the unit: open and not yet answered (new, being handled, transferred)</source>
        <translation>Vụ việc khẩn đang chờ đơn vị: đang mở và chưa trả lời (mới, đang xử lý, đã chuyển)</translation>
    </message>
</context>
<context>
    <name>casedesk::ui::UrgentAlerts</name>
    <message numerus="yes">
        <source>%n new urgent case(s)</source>
        <translation>
            <numerusform>%n vụ việc khẩn mới</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 crime reports, %2 urgent security reports. The newest: %3.</source>
        <translation>%1 tố giác tội phạm, %2 tin báo an ninh khẩn. Mới nhất: %3.</translation>
    </message>
    <message>
        <source>New crime report</source>
        <translation>Tố giác tội phạm mới</translation>
    </message>
    <message>
        <source>New urgent security report</source>
        <translation>Tin báo an ninh khẩn mới</translation>
    </message>
    <message>
        <source>⚠ %1 — urgent</source>
        <translation>⚠ %1 — khẩn</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Open case</source>
        <translation>Mở vụ việc</translation>
    </message>
    <message numerus="yes">
        <source>CaseDesk: %n urgent case(s) waiting</source>
        <translation>
            <numerusform>CaseDesk: %n vụ việc khẩn đang chờ</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>casedesk::zalo::SecretStore</name>
    <message>
        <source>The folder of the secrets file %1 cannot be created.</source>
        <translation>Không tạo được thư mục chứa tệp lưu mã truy cập %1.</translation>
    </message>
    <message>
        <source>The secrets file %1 is locked by another program.</source>
        <translation>Tệp lưu mã truy cập %1 đang bị chương trình khác khóa.</translation>
    </message>
    <message>
        <source>The secrets file %1 cannot be written: %2</source>
        <translation>Không ghi được tệp lưu mã truy cập %1: %2</translation>
    </message>
    <message>
        <source>The secrets file %1 cannot be made private.</source>
        <translation>Không giới hạn được quyền của tệp lưu mã truy cập %1 (chỉ chủ sở hữu được đọc, ghi).</translation>
    </message>
    <message>
        <source>Unknown secret store &quot;%1&quot;.</source>
        <translation>Không rõ nơi lưu mã truy cập &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The Zalo account %1 keeps its tokens in the OS keychain, but this command was given --secrets-file %2. Run it without --secrets-file.</source>
        <translation>Trang Zalo %1 lưu mã truy cập trong kho khóa của hệ điều hành, nhưng lệnh này lại có --secrets-file %2. Hãy chạy lại lệnh, bỏ --secrets-file.</translation>
    </message>
    <message>
        <source>The Zalo account %1 keeps its tokens in the file %2, but this command would use the OS keychain. Run it with --secrets-file %2.</source>
        <translation>Trang Zalo %1 lưu mã truy cập trong tệp %2, nhưng lệnh này sẽ dùng kho khóa của hệ điều hành. Hãy chạy lại lệnh với --secrets-file %2.</translation>
    </message>
    <message>
        <source>The Zalo account %1 keeps its tokens in the file %2, not in %3. Run the command with --secrets-file %2.</source>
        <translation>Trang Zalo %1 lưu mã truy cập trong tệp %2, không phải %3. Hãy chạy lại lệnh với --secrets-file %2.</translation>
    </message>
    <message>
        <source>The OS keychain did not answer in time.</source>
        <translation>Kho khóa của hệ điều hành không phản hồi kịp.</translation>
    </message>
    <message>
        <source>The OS keychain cannot be read: %1</source>
        <translation>Không đọc được kho khóa của hệ điều hành: %1</translation>
    </message>
    <message>
        <source>The OS keychain cannot store the secret: %1</source>
        <translation>Kho khóa của hệ điều hành không lưu được mã bí mật: %1</translation>
    </message>
    <message>
        <source>The OS keychain cannot remove the secret: %1</source>
        <translation>Kho khóa của hệ điều hành không xóa được mã bí mật: %1</translation>
    </message>
    <message>
        <source>The secrets file %1 can be read or changed by other users; CaseDesk refuses to use it. Make it private (chmod 600 %1) and try again.</source>
        <translation>Người dùng khác có thể đọc hoặc sửa tệp lưu mã truy cập %1 nên CaseDesk không dùng tệp này. Hãy chỉ cho phép chủ sở hữu đọc, ghi (chmod 600 %1) rồi thử lại.</translation>
    </message>
    <message>
        <source>The secrets file %1 cannot be read: %2</source>
        <translation>Không đọc được tệp lưu mã truy cập %1: %2</translation>
    </message>
    <message>
        <source>The secrets file %1 is damaged (not the JSON CaseDesk writes).</source>
        <translation>Tệp lưu mã truy cập %1 bị hỏng (không đúng định dạng JSON do CaseDesk ghi).</translation>
    </message>
</context>
<context>
    <name>casedesk::zalo::TokenManager</name>
    <message>
        <source>Another program is refreshing the token of the Zalo account %1; try again in a minute.</source>
        <translation>Một chương trình khác đang làm mới mã truy cập của trang Zalo %1; hãy thử lại sau một phút.</translation>
    </message>
    <message>
        <source>The new token of the Zalo account %1 cannot be saved: %2</source>
        <translation>Không lưu được mã truy cập mới của trang Zalo %1: %2</translation>
    </message>
    <message>
        <source>The Zalo account %1 is not in this data folder.</source>
        <translation>Trang Zalo %1 không có trong thư mục dữ liệu này.</translation>
    </message>
    <message>
        <source>The unit&apos;s Zalo admin must grant access to the Zalo account %1 again.</source>
        <translation>Quản trị viên trang Zalo của đơn vị cần cấp quyền lại cho trang Zalo %1.</translation>
    </message>
    <message>
        <source>The Zalo account %1 is disabled in CaseDesk.</source>
        <translation>Trang Zalo %1 đang bị tắt trong CaseDesk.</translation>
    </message>
    <message>
        <source>No token of the Zalo account %1 is stored in %2: the unit&apos;s Zalo admin must grant access again.</source>
        <translation>Không có mã truy cập nào của trang Zalo %1 trong %2: quản trị viên trang Zalo của đơn vị cần cấp quyền lại.</translation>
    </message>
    <message>
        <source>The token refresh of the Zalo account %1 cannot be recorded: %2</source>
        <translation>Không ghi lại được việc làm mới mã truy cập của trang Zalo %1: %2</translation>
    </message>
    <message>
        <source>An earlier token refresh of the Zalo account %1 was interrupted and Zalo no longer accepts its token: the unit&apos;s Zalo admin must grant access again.</source>
        <translation>Lần làm mới mã truy cập trước của trang Zalo %1 bị gián đoạn và Zalo không còn chấp nhận mã cũ: quản trị viên trang Zalo của đơn vị cần cấp quyền lại.</translation>
    </message>
    <message>
        <source>Zalo refused the token of the Zalo account %1: the unit&apos;s Zalo admin must grant access again.</source>
        <translation>Zalo từ chối mã truy cập của trang Zalo %1: quản trị viên trang Zalo của đơn vị cần cấp quyền lại.</translation>
    </message>
    <message>
        <source>The token bookkeeping of the Zalo account %1 is not set up.</source>
        <translation>Chưa thiết lập nơi ghi trạng thái mã truy cập của trang Zalo %1.</translation>
    </message>
</context>
<context>
    <name>casedesk::zalo::ZaloClient</name>
    <message>
        <source>No access token is available for this account.</source>
        <translation>Trang Zalo này chưa có mã truy cập (access token).</translation>
    </message>
    <message>
        <source>A page of recent chats holds 1 to %1 rows.</source>
        <translation>Mỗi trang danh sách hội thoại gần đây có từ 1 đến %1 dòng.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a Zalo user id.</source>
        <translation>&quot;%1&quot; không phải mã người dùng Zalo.</translation>
    </message>
    <message>
        <source>A page of a conversation holds 1 to %1 rows.</source>
        <translation>Mỗi trang hội thoại có từ 1 đến %1 dòng.</translation>
    </message>
    <message>
        <source>The answer is empty.</source>
        <translation>Nội dung trả lời đang trống.</translation>
    </message>
    <message>
        <source>The answer has %1 characters; Zalo accepts at most %2.</source>
        <translation>Trả lời có %1 ký tự; Zalo chỉ nhận tối đa %2 ký tự.</translation>
    </message>
</context>
<context>
    <name>casedesk::zalo::ZaloError</name>
    <message>
        <source>Zalo&apos;s request limit for this app is reached; CaseDesk tries again in about a minute.</source>
        <translation>Ứng dụng đã dùng hết số lượt gọi Zalo cho phép; CaseDesk sẽ thử lại sau khoảng một phút.</translation>
    </message>
    <message>
        <source>Zalo refused a parameter of the request as invalid.</source>
        <translation>Zalo từ chối yêu cầu vì có tham số không hợp lệ.</translation>
    </message>
    <message>
        <source>Zalo refused a parameter of the request as beyond its limit.</source>
        <translation>Zalo từ chối yêu cầu vì có tham số vượt giới hạn.</translation>
    </message>
    <message>
        <source>The citizen does not follow the unit&apos;s Zalo account, so the answer cannot be delivered.</source>
        <translation>Người dân chưa quan tâm trang Zalo của đơn vị nên không gửi được trả lời.</translation>
    </message>
    <message>
        <source>The citizen&apos;s Zalo account is inactive or banned, so the answer cannot be delivered.</source>
        <translation>Tài khoản Zalo của người dân không hoạt động hoặc đã bị khóa nên không gửi được trả lời.</translation>
    </message>
    <message>
        <source>The citizen refuses this type of message from the unit&apos;s Zalo account.</source>
        <translation>Người dân đã từ chối nhận loại tin nhắn này từ trang Zalo của đơn vị.</translation>
    </message>
    <message>
        <source>The citizen has reached Zalo&apos;s quota of messages they can receive.</source>
        <translation>Người dân đã nhận đủ số tin nhắn tối đa Zalo cho phép.</translation>
    </message>
    <message>
        <source>Zalo refused the access token of the unit&apos;s account.</source>
        <translation>Zalo từ chối mã truy cập (access token) của trang Zalo đơn vị.</translation>
    </message>
    <message>
        <source>The unit&apos;s Zalo account has not granted this permission: the unit&apos;s Zalo admin must grant access again.</source>
        <translation>Trang Zalo của đơn vị chưa cấp quyền này: quản trị viên trang Zalo của đơn vị cần cấp quyền lại.</translation>
    </message>
    <message>
        <source>The reply window is closed: Zalo accepts answers only within 7 days of the citizen&apos;s last interaction.</source>
        <translation>Đã hết hạn trả lời qua Zalo: Zalo chỉ nhận trả lời trong vòng 7 ngày kể từ lần tương tác cuối của người dân.</translation>
    </message>
    <message>
        <source>Zalo has shut down this interface; CaseDesk must be updated.</source>
        <translation>Zalo đã ngừng giao diện lập trình (API) này; cần cập nhật CaseDesk.</translation>
    </message>
    <message>
        <source>This answer is billed, and the province&apos;s Zalo Cloud Account is not funded.</source>
        <translation>Trả lời này có tính phí nhưng Zalo Cloud Account của Công an tỉnh chưa được nạp tiền.</translation>
    </message>
    <message>
        <source>Zalo says the unit&apos;s Official Account is disabled.</source>
        <translation>Zalo báo trang Zalo (OA) của đơn vị đã bị vô hiệu hóa.</translation>
    </message>
    <message>
        <source>Zalo says the unit&apos;s Official Account does not exist.</source>
        <translation>Zalo báo trang Zalo (OA) của đơn vị không tồn tại.</translation>
    </message>
    <message>
        <source>Zalo says the app of the unit&apos;s account has been removed.</source>
        <translation>Zalo báo ứng dụng gắn với trang Zalo của đơn vị đã bị xóa.</translation>
    </message>
    <message>
        <source>Zalo answered with error %1: %2</source>
        <translation>Zalo trả về lỗi %1: %2</translation>
    </message>
    <message>
        <source>Zalo refused the unit&apos;s token (error %1): the unit&apos;s Zalo admin must grant access again.</source>
        <translation>Zalo từ chối mã truy cập của đơn vị (lỗi %1): quản trị viên trang Zalo của đơn vị cần cấp quyền lại.</translation>
    </message>
    <message>
        <source>Zalo did not answer in time.</source>
        <translation>Hết thời gian chờ phản hồi từ Zalo.</translation>
    </message>
    <message>
        <source>The Zalo server&apos;s name cannot be resolved: check the network connection.</source>
        <translation>Không phân giải được tên máy chủ Zalo: hãy kiểm tra kết nối mạng.</translation>
    </message>
    <message>
        <source>The Zalo server cannot be reached: check the network connection.</source>
        <translation>Không kết nối được máy chủ Zalo: hãy kiểm tra kết nối mạng.</translation>
    </message>
    <message>
        <source>The secure connection to Zalo failed (certificate or TLS problem).</source>
        <translation>Kết nối bảo mật tới Zalo bị lỗi (lỗi chứng chỉ hoặc TLS).</translation>
    </message>
    <message>
        <source>The connection to Zalo broke off before the answer was complete.</source>
        <translation>Kết nối tới Zalo bị ngắt trước khi nhận đủ phản hồi.</translation>
    </message>
    <message>
        <source>The request to Zalo was cancelled.</source>
        <translation>Yêu cầu gửi Zalo đã bị hủy.</translation>
    </message>
    <message>
        <source>The request to Zalo failed: %1</source>
        <translation>Yêu cầu gửi Zalo bị lỗi: %1</translation>
    </message>
    <message>
        <source>Zalo asks CaseDesk to slow down; it tries again shortly.</source>
        <translation>Zalo yêu cầu CaseDesk giảm tần suất gọi; CaseDesk sẽ thử lại sau ít phút.</translation>
    </message>
    <message>
        <source>The Zalo server has a problem (HTTP %1); CaseDesk tries again later.</source>
        <translation>Máy chủ Zalo đang gặp sự cố (HTTP %1); CaseDesk sẽ thử lại sau.</translation>
    </message>
    <message>
        <source>Zalo refused the request (HTTP %1).</source>
        <translation>Zalo từ chối yêu cầu (HTTP %1).</translation>
    </message>
    <message>
        <source>Zalo&apos;s answer could not be read.</source>
        <translation>Không đọc được phản hồi của Zalo.</translation>
    </message>
</context>
</TS>
