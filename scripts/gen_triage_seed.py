#!/usr/bin/env python3
"""Writes resources/triage/seed-messages.tsv, the labelled seed set of the triage classifier.

Each message is written once, in one style (with or without diacritics, with citizens'
shorthand, polite or curt), from hand-written messages and from message frames whose slots
(places, amounts, papers, vehicles, times) make distinct messages. Deterministic: the same
script gives the same file. Columns: text<TAB>category<TAB>competent department code or -.

Usage: python3 scripts/gen_triage_seed.py > resources/triage/seed-messages.tsv
"""
import random
import unicodedata

rng = random.Random(20260105)

PLACES = ["ấp Chợ", "ấp 3", "ấp Bến Có", "khóm 2", "khóm 5", "ấp Trà Kha", "ấp Sóc Ruộng", "ấp Phú Hòa",
          "đường Nguyễn Đáng", "đường Điện Biên Phủ", "đường 30/4", "chợ Cầu Kè", "chợ Tiểu Cần", "bến phà Cổ Chiên",
          "khu dân cư Đầu Bờ", "hẻm 12 đường Lê Lợi", "cầu Long Bình", "ngã ba Đại An", "ấp Ô Chát", "ấp Cây Gòn",
          "khu công nghiệp Long Đức", "trường THCS Nguyệt Hóa", "ấp Tân Lập", "đầu kênh 3/2", "ấp Xóm Chòi"]
AMOUNTS = ["3 triệu", "5 triệu rưỡi", "12 triệu", "20 triệu", "47 triệu", "80 triệu", "150 triệu", "2 trăm triệu",
           "1 tỷ 2", "900 nghìn", "35 triệu", "6 triệu 800"]
TIMES_PAST = ["đêm qua", "hôm qua", "sáng nay", "tối qua", "tuần trước", "hôm kia", "chiều qua", "khoảng 2 giờ sáng nay",
              "hôm thứ bảy", "đầu tháng này"]
OPENERS = ["", "", "", "Dạ ", "Chào anh chị, ", "Alo ", "Ad ơi ", "Xin chào công an, ", "Kính gửi Công an xã, ",
           "Anh chị ơi ", "Cho em hỏi chút, ", "Xin lỗi làm phiền, "]
CLOSERS = ["", "", "", " ạ", " ạ.", ". Em cảm ơn", ". Mong được hỗ trợ", ". Cảm ơn ad", " giúp em với", "!!", " ạ, em cảm ơn nhiều",
           ". Xin cảm ơn."]

SHORTHAND = [
    ("không", ["ko", "k", "hok", "khong"]),
    ("được", ["dc", "đc", "dk"]),
    ("căn cước công dân", ["cccd", "CCCD"]),
    ("chứng minh nhân dân", ["cmnd"]),
    ("số điện thoại", ["sdt", "sđt"]),
    ("tài khoản", ["tk"]),
    ("như thế nào", ["ntn"]),
    ("bao nhiêu", ["bn", "bnhiu"]),
    ("gì", ["j", "gi"]),
    ("với", ["vs"]),
    ("mình", ["mk", "mik"]),
    ("em ", ["e "]),
    ("rồi", ["r", "rùi"]),
    ("vậy", ["v", "z"]),
    ("trước", ["trc"]),
    ("biết", ["bít"]),
    ("thôi", ["thoy"]),
    ("anh chị", ["a c", "ac"]),
]


def strip_diacritics(s: str) -> str:
    s = s.replace("đ", "d").replace("Đ", "D")
    return "".join(c for c in unicodedata.normalize("NFD", s) if unicodedata.category(c) != "Mn")


def shorthand(s: str) -> str:
    for full, shorts in SHORTHAND:
        if full in s and rng.random() < 0.8:
            s = s.replace(full, rng.choice(shorts))
    return s


def typo(s: str) -> str:
    words = s.split(" ")
    if len(words) < 6:
        return s
    i = rng.randrange(len(words))
    w = words[i]
    if len(w) > 3:
        j = rng.randrange(1, len(w) - 1)
        w = w[:j] + w[j + 1:] if rng.random() < 0.5 else w[:j] + w[j] + w[j:]
    words[i] = w
    return " ".join(words)


def stylise(text: str, formal: bool) -> str:
    """One realistic way of typing @p text."""
    if not formal and rng.random() < 0.35:
        text = rng.choice(OPENERS) + text[0].lower() + text[1:] if rng.random() < 0.5 else rng.choice(OPENERS) + text
    if not formal and rng.random() < 0.35:
        text = text.rstrip(".?!") + rng.choice(CLOSERS)
    r = rng.random()
    if not formal and r < 0.30:
        text = shorthand(text.lower())
    if not formal and rng.random() < 0.22:
        text = strip_diacritics(text)
    if not formal and rng.random() < 0.12:
        text = typo(text)
    if not formal and rng.random() < 0.25:
        text = text.lower().rstrip(".")
    return " ".join(text.split())


rows = []


# Rows relabelled after an audit against docs/triage-labelling.md: source text -> (category, code).
# Applied here rather than by moving the text to another list, so that every row keeps its
# style and the file changes only in these labels.
RELABELLED = {
    # Organised gambling (dozens of people betting on cockfights every afternoon): a crime report.
    "Tụ tập đá gà ăn tiền ở vườn nhà ông Tư, mỗi chiều có mấy chục người": ("crime_report", "PC02"),
}


def add(cat, code, texts, formal=False):
    for t in texts:
        c, k = RELABELLED.get(t, (cat, code))
        rows.append((stylise(t, formal), c, k))


def frames(cat, code, templates, n, **slots):
    """@p n distinct messages from @p templates with random slot values."""
    made = set()
    tries = 0
    while len(made) < n and tries < n * 50:
        tries += 1
        t = rng.choice(templates)
        values = {k: rng.choice(v) for k, v in slots.items()}
        text = t.format(**values)
        if text in made:
            continue
        made.add(text)
    for t in sorted(made):
        rows.append((stylise(t, False), cat, code))


# ---------------------------------------------------------------- crime reports
CR = "crime_report"
add(CR, "PA05", [
    "Tôi bị một người gọi điện xưng là cán bộ công an quận Hà Đông nói tôi liên quan đường dây rửa tiền, bắt cài ứng dụng và chuyển hết tiền trong tài khoản để xác minh",
    "Mẹ em nhận cuộc gọi giả danh nhân viên ngân hàng, đọc mã OTP cho nó xong tài khoản mất sạch 42 triệu",
    "Em làm nhiệm vụ like video trên mạng được trả hoa hồng, lúc đầu rút được tiền sau đó nạp thêm 60 triệu thì không rút được nữa, họ bắt nạp tiếp",
    "Có người lập nhóm Telegram mời đầu tư sàn ngoại hối lãi 30% một tháng, tôi với mấy người trong xóm đã bị chiếm đoạt hơn 1 tỷ",
    "Facebook của chị tôi bị chiếm quyền, kẻ gian nhắn tin cho người thân mượn tiền, đã có 3 người chuyển khoản",
    "toi dat mua dien thoai tren mot trang ban hang online, chuyen coc 4 trieu xong ho chan facebook cua toi luon",
    "Con trai tôi 15 tuổi bị dụ nạp tiền mua vật phẩm game, bị lừa mất 18 triệu của gia đình",
    "Có đối tượng gửi tin nhắn báo trúng thưởng xe SH, yêu cầu nộp phí nhận thưởng 5 triệu, tôi nộp rồi mới biết bị lừa",
    "Tôi vay tiền qua app trên điện thoại, họ trừ phí rồi đòi lãi gấp đôi, đăng ảnh ghép của tôi lên mạng bôi nhọ và nhắn tin đe dọa người thân",
    "Có kẻ mạo danh điện lực gọi nói nhà tôi nợ tiền điện sẽ cắt điện, gửi đường link cài ứng dụng, tôi bấm vào thì bị rút tiền trong tài khoản",
    "Tài khoản ngân hàng của tôi tự nhiên bị trừ 27 triệu, tôi không có giao dịch gì, nghi bị hack",
    "Có người quen rủ đi làm việc nhẹ lương cao ở Campuchia, em họ tôi đi rồi giờ bị giữ lại đòi 100 triệu tiền chuộc",
    "Tôi bị lừa mua vé máy bay giá rẻ qua fanpage giả mạo hãng, chuyển khoản 9 triệu mà không có vé",
    "Một người tự xưng cán bộ tòa án gửi giấy triệu tập giả qua zalo, bắt tôi chuyển tiền để được giải quyết",
    "Em bị người ta lấy ảnh trên mạng ghép ảnh nhạy cảm rồi tống tiền, đòi 20 triệu không đưa thì tung lên mạng",
    "Tố giác trang web bán vé số online trái phép, nhiều người trong ấp bị dụ chơi và mất tiền",
    "Có người nhắn tin giả làm bạn ở nước ngoài gửi quà, bắt đóng phí hải quan 15 triệu",
    "Người ta lập tài khoản zalo giả mạo trưởng ấp để thu tiền bảo hiểm y tế của bà con",
    "Tôi bán hàng online bị người mua gửi biên lai chuyển khoản giả, lấy mất 3 cái điện thoại",
    "Bà ngoại tôi bị gọi điện báo con bị tai nạn đang cấp cứu cần chuyển tiền mổ gấp, bà đã chuyển 30 triệu",
])
frames(CR, "PA05", [
    "Tôi bị lừa đảo qua mạng mất {amt}, đối tượng dụ đầu tư {inv} rồi chặn liên lạc",
    "Em bị lừa {amt} khi làm cộng tác viên online cho {shop}, họ bắt nạp tiền làm nhiệm vụ",
    "Có người giả danh {fake} gọi điện bắt tôi chuyển {amt} vào tài khoản, tôi đã chuyển",
    "Tài khoản {acc} của tôi bị chiếm đoạt, kẻ gian dùng nó nhắn tin vay tiền bạn bè, có người đã chuyển {amt}",
    "Chồng tôi bị dụ vào nhóm {inv}, mất {amt} rồi, giờ muốn làm đơn tố giác thì làm sao",
    "Mình chuyển {amt} mua {item} trên mạng mà bên bán chặn luôn, tố giác giúp mình với",
], 46, amt=AMOUNTS, inv=["tiền ảo", "chứng khoán quốc tế", "sàn vàng", "dự án nông nghiệp công nghệ cao", "chơi game đổi thưởng", "sàn Forex"],
    shop=["Shopee", "Lazada", "Tiki", "một trang thương mại điện tử", "TikTok Shop"],
    fake=["công an", "viện kiểm sát", "nhân viên ngân hàng", "nhân viên bưu điện", "nhân viên nhà mạng", "cán bộ thuế"],
    acc=["Zalo", "Facebook", "ngân hàng", "Momo"], item=["điện thoại", "xe máy cũ", "máy lạnh", "giống cây trồng", "đồng hồ"])

add(CR, "PC04", [
    "Tố giác nhà ông Sáu ở cuối hẻm thường xuyên có thanh niên ra vào mua ma túy, buổi tối rất đông",
    "Có nhóm thanh niên tụ tập trong nhà hoang sau chợ sử dụng ma túy đá, để lại kim tiêm",
    "Em phát hiện thằng hàng xóm bán thuốc lắc cho học sinh ở quán net gần trường",
    "Quán karaoke trên đường Phạm Thái Bường có tổ chức cho khách sử dụng ma túy trong phòng hát",
    "To giac doi tuong ten Ti o ap Tan Lap chuyen ban ma tuy cho thanh nien, di xe wave mau do",
    "Con tôi nghiện ma túy, có người tên Tèo thường xuyên cung cấp cho nó, tôi muốn tố giác người này",
    "Nghi có người trồng cần sa trong vườn phía sau nhà ở ấp Phú Hòa",
])
frames(CR, "PC04", [
    "Tố giác ở {place} có người bán ma túy, tối nào cũng có người tới mua",
    "Khu vực {place} thường có đối tượng tụ tập sử dụng ma túy, bà con rất lo",
    "Có người ở {place} bán {drug} cho thanh niên, xin công an kiểm tra",
], 18, place=PLACES, drug=["ma túy đá", "thuốc lắc", "cần sa", "heroin", "ke"])

add(CR, "PC02", [
    "Nhà tôi bị trộm cạy cửa lấy mất 2 chỉ vàng và 15 triệu tiền mặt trong lúc cả nhà đi đám giỗ",
    "Đêm qua có kẻ trộm vào chuồng bắt mất 4 con bò của gia đình tôi",
    "Tôi bị hai thanh niên đi xe máy giật túi xách trên đường Điện Biên Phủ, trong túi có điện thoại và giấy tờ",
    "Con gái tôi 13 tuổi bị người đàn ông hàng xóm dâm ô, gia đình muốn tố giác",
    "Em bị chồng đánh đập nhiều lần gây thương tích, lần này bị gãy tay phải nhập viện",
    "Tố giác nhóm đòi nợ thuê đến nhà tạt sơn, ném mắm tôm và đe dọa giết cả nhà tôi",
    "Có đối tượng cho vay nặng lãi 20 nghìn một triệu một ngày ở chợ, ai trễ là bị đánh",
    "Tôi bị cướp xe máy lúc chạy grab tối qua, đối tượng kề dao vào cổ",
    "Tố giác đường dây ghi số đề ở khu chợ Cầu Quan, mỗi ngày thu hàng chục triệu",
    "Có sòng bạc xóc đĩa tổ chức thường xuyên trong nhà bà Út ở ấp Sóc Ruộng, có người canh gác",
    "Ông Ba ở xóm tôi dùng cây đánh vợ chấn thương sọ não, đang nằm viện",
    "Có người trộm dây điện của trạm bơm nước nhiều lần, thiệt hại lớn cho hợp tác xã",
    "Đứa cháu tôi 16 tuổi bị một người dụ đi rồi mất liên lạc 3 ngày nay, nghi bị lừa bán",
    "Tố giác người lợi dụng chức vụ trưởng ấp thu tiền của dân làm đường rồi chiếm đoạt",
    "Có người làm giả giấy tờ nhà đất để bán đất của gia đình tôi",
    "Cửa hàng điện thoại của tôi bị nhân viên chiếm đoạt 7 cái điện thoại rồi bỏ trốn",
    "Nhóm thanh niên mang hung khí đến nhà tôi chém anh tôi bị thương nặng đêm qua",
    "Tôi bị người quen mượn 300 triệu làm ăn rồi bỏ trốn khỏi địa phương, không liên lạc được",
    "toi bi tiem vang quyt no 50 trieu roi dong cua tron di dau mat",
    "tố giác tổ chức đánh bạc qua mạng, ổ nhóm chơi tài xỉu online ở khóm 4, thu tiền qua tài khoản",
    "Trong xóm có người chuyên tổ chức đánh bài ăn tiền lớn, có người mất cả nhà cửa",
])
frames(CR, "PC02", [
    "Nhà tôi ở {place} bị trộm {stolen} {tp}",
    "{tp} tôi bị mất trộm {stolen} ở {place}, nhờ công an điều tra",
    "Báo án: {tp} tại {place} em bị kẻ gian lấy {stolen}",
    "Tố giác đối tượng cho vay nặng lãi ở {place}, lãi {rate} một tháng, đòi nợ bằng cách đe dọa",
    "Em trai tôi bị nhóm thanh niên đánh gây thương tích ở {place} {tp}, phải khâu nhiều mũi",
    "Tố giác ở {place} có người tổ chức đánh bạc {gamble} ăn tiền lớn",
    "Tôi bị cướp giật {stolen} ở {place} {tp}",
], 60, place=PLACES, tp=TIMES_PAST,
    stolen=["chiếc xe Wave", "xe máy Vision", "điện thoại iPhone", "2 con heo", "đàn vịt 50 con", "máy bơm nước", "tiền trong tủ",
            "sợi dây chuyền vàng", "bình ắc quy xe tải", "laptop", "xe đạp điện của con"],
    rate=["20%", "30%", "25%", "15%", "50%"], gamble=["bằng hình thức xóc đĩa", "số đề", "tài xỉu", "bài cào", "qua mạng"])

add(CR, "PC03", [
    "Phát hiện cơ sở sang chiết gas trái phép trong khu dân cư, rất nguy hiểm",
    "Có người bán thuốc tân dược giả trên mạng, mẹ tôi uống vào bị nổi mẩn",
    "Tố giác đường dây buôn lậu thuốc lá ngoại qua biên giới, tập kết tại nhà dân ở ấp Cây Gòn",
    "Một cửa hàng vật tư nông nghiệp bán thuốc bảo vệ thực vật giả, nông dân bị thiệt hại cả vụ lúa",
    "Công ty đa cấp huy động vốn của bà con trong xã rồi đóng cửa, hàng trăm người mất tiền",
    "Có xưởng làm rượu giả nhãn hiệu nổi tiếng ở khóm 2",
    "Tố giác doanh nghiệp khai thác cát trái phép trên sông Cổ Chiên ban đêm",
    "Có người buôn bán pháo nổ trên mạng, giao hàng tận nhà cho học sinh",
    "Cửa hàng ở chợ bán mỹ phẩm giả, không rõ nguồn gốc",
    "Có người buôn bán rùa biển và chim hoang dã trong chợ, nghi là động vật quý hiếm",
    "Tố giác đại lý xăng dầu bán thiếu, pha xăng kém chất lượng",
    "Có người mua bán hóa đơn giá trị gia tăng khống, tôi có bằng chứng",
])
frames(CR, "PC03", [
    "Tố giác ở {place} có người buôn bán {ware}",
    "Phát hiện điểm tập kết {ware} tại {place}",
], 10, place=PLACES, ware=["hàng giả", "thuốc lá lậu", "pháo nổ", "đường cát nhập lậu", "phân bón giả", "xăng dầu không rõ nguồn gốc"])

# ---------------------------------------------------------------- security and order reports
SR = "security_report"
add(SR, "-", [
    "Đang có đánh nhau rất đông người trước quán nhậu Hai Lúa, có cầm cây, công an tới gấp",
    "Có nhóm thanh niên say rượu đang chửi bới, ném đá vào nhà dân ở hẻm 5",
    "Nhà bên cạnh nhậu từ trưa tới giờ, hát karaoke loa kẹo kéo to hết cỡ, 11 giờ đêm rồi vẫn chưa dừng",
    "Có người đàn ông lạ mặt cứ đi qua đi lại nhìn vào các nhà trong hẻm, bà con thấy khả nghi",
    "Hai nhóm học sinh hẹn nhau đánh nhau sau giờ tan trường ở cổng trường, có mang theo hung khí",
    "Có một chiếc xe ô tô không biển số đậu trước cửa nhà tôi từ sáng tới giờ, trong xe có người",
    "Con nghiện trong xóm đang la hét, đập phá đồ đạc, cầm dao dọa mọi người",
    "Đám cưới nhà bên mở nhạc từ 5 giờ sáng, rất ồn, xin công an nhắc nhở",
    "Có người tâm thần cởi đồ đi ngoài đường ở chợ, cầm gậy rượt theo trẻ em",
    "Tụ tập đá gà ăn tiền ở vườn nhà ông Tư, mỗi chiều có mấy chục người",
    "Vừa có tai nạn giao thông ở ngã tư Đại An, một người nằm bất tỉnh, xe tải bỏ chạy",
    "Cháy lớn ở dãy nhà trọ khu công nghiệp, khói đen bốc cao, người dân đang chạy ra",
    "Có người nhảy cầu Long Bình, người dân đang tìm kiếm",
    "Trẻ em đi lạc ở chợ, khoảng 5 tuổi mặc áo đỏ, đang ở chỗ tôi, ai là người nhà",
    "Có vụ xô xát giữa hai gia đình tranh chấp ranh đất, đã có người bị thương nhẹ",
    "Con chó nhà hàng xóm thả rông cắn nhiều người đi đường, nhắc mà họ không nghe",
    "Một nhóm người lạ đến ấp hỏi mua tóc và dò hỏi nhà nào có người già ở một mình",
    "Tối nào cũng có mấy thanh niên ngồi nhậu ở đầu hẻm, chọc ghẹo phụ nữ đi ngang",
    "Có nhà trọ cho người nước ngoài thuê mà không khai báo lưu trú, ra vào lúc nửa đêm",
    "Có nhiều người tụ tập đông trước trụ sở ủy ban xã, la lối phản đối",
    "Cây xanh đổ chắn ngang đường sau cơn mưa, xe không qua được, nguy hiểm",
    "Xe container đậu chiếm hết làn đường trên quốc lộ 53 lúc tối, không có đèn cảnh báo",
    "Có người đang dùng thuốc nổ đánh bắt cá ở sông, nổ rất lớn",
    "Dưới chân cầu có thanh niên tụ tập hút bóng cười, phóng xe lạng lách",
    "Có đám đông đang vây đánh một người bị nghi trộm chó ở ấp 3, cứu người gấp",
    "Có người say rượu nằm giữa đường tỉnh lộ 915 rất nguy hiểm",
    "Xe tải chở đất rơi vãi khắp đường, trời mưa trơn trượt nhiều người té ngã",
    "Bà hàng xóm đi lạc mấy ngày chưa về, có bệnh lẫn, nhờ công an thông báo giúp",
])
frames(SR, "PC08", [
    "Tối nào cũng có thanh niên tụ tập đua xe, nẹt pô ở {place}, rất nguy hiểm",
    "Đang có nhóm thanh niên chạy xe lạng lách, bốc đầu ở {place}",
    "Có tai nạn giao thông ở {place}, {hurt}",
    "Vừa xảy ra va chạm giữa xe máy và xe tải tại {place}, {hurt}",
], 24, place=PLACES, hurt=["một người bị thương nặng", "cần xe cấp cứu", "người dân đang đưa đi bệnh viện", "kẹt xe dài", "tài xế bỏ chạy"])
frames(SR, "PC07", [
    "Đang cháy {what} ở {place}, lửa rất lớn",
    "Cháy {what} tại {place}, khói bốc lên cao, báo gấp",
    "Có mùi khét và khói từ {what} ở {place}, nghi có cháy",
], 14, place=PLACES, what=["nhà dân", "xưởng gỗ", "kho phân bón", "bãi rác", "quán ăn", "tiệm điện máy", "đống rơm gần nhà", "cột điện"])
frames(SR, "-", [
    "Có người đánh nhau ở {place}, {detail}",
    "Quán karaoke ở {place} mở nhạc rất lớn tới {hour}, bà con không ngủ được",
    "Nhóm thanh niên nhậu say ở {place} gây ồn ào, chửi thề tới {hour}",
    "Có người lạ khả nghi ở {place}, {detail2}",
    "Đang có gây rối trật tự ở {place}, {detail}",
], 38, place=PLACES, hour=["12 giờ khuya", "1 giờ sáng", "nửa đêm", "gần 2 giờ sáng", "11 giờ đêm"],
    detail=["có cầm gậy gộc", "rất đông người", "đập phá bàn ghế", "có người bị chảy máu", "công an xuống giải quyết giúp"],
    detail2=["đi xe không biển số chạy vòng vòng", "hay đứng trước cổng trường nhìn tụi nhỏ", "lân la hỏi nhà nào đi vắng", "mang theo bao tải đi vào các vườn"])

# ---------------------------------------------------------------- petitions
PT = "petition"
add(PT, "-", [
    "Tôi phản ánh cán bộ một cửa ở công an xã quát nạt người dân, thái độ rất khó chịu",
    "Hồ sơ của tôi nộp từ tháng trước đến nay vẫn chưa giải quyết, hỏi thì cứ hẹn lần hẹn lữa",
    "Kiến nghị công an xã lắp camera an ninh ở ngã ba chợ vì hay xảy ra mất trộm",
    "Đề nghị tăng cường tuần tra ban đêm ở khu vực bờ kè vì thanh niên tụ tập nhiều",
    "Quán karaoke trong hẻm hát ngày đêm đã mấy tháng nay, nhiều lần phản ánh mà không thấy xử lý dứt điểm",
    "Tôi đã tố giác vụ lừa đảo từ 3 tháng trước mà đến nay chưa nhận được thông báo kết quả gì",
    "Kiến nghị lắp đèn đường ở đoạn từ cầu Sắt đến trường học, tối om các cháu đi học về rất sợ",
    "Các hộ kinh doanh lấn chiếm vỉa hè, lòng đường trước chợ, người đi bộ phải đi xuống đường",
    "Phản ánh việc cán bộ công an xã gây khó khăn, đòi tiền bồi dưỡng khi làm giấy tờ",
    "Đường dây nóng của công an huyện gọi nhiều lần không ai bắt máy",
    "Góp ý trang Zalo của công an phường nên trả lời tin nhắn nhanh hơn, hỏi 3 ngày chưa thấy trả lời",
    "Đề nghị xem xét lại quyết định xử phạt của tôi, tôi không vượt đèn đỏ như biên bản ghi",
    "Kiến nghị có lịch làm căn cước lưu động cho người già và người khuyết tật ở các ấp xa",
    "Xe ben chở đất chạy quá tải làm hư hết đường vào ấp, đề nghị chính quyền và công an kiểm tra",
    "Phản ánh tình trạng đậu xe ô tô trước cửa nhà người khác chắn lối đi, nhắc nhiều lần không nghe",
    "Người dân phản ánh chợ tự phát họp trên đường gây ùn tắc mỗi sáng",
    "Tôi không đồng ý với cách giải quyết vụ va chạm giao thông của cán bộ, đề nghị xem xét lại",
    "Kiến nghị bố trí thêm chỗ ngồi chờ ở bộ phận làm căn cước vì người dân phải đứng chờ lâu",
    "Đề nghị công an xã thông báo rõ giờ làm việc cuối tuần để dân đỡ đi lại nhiều lần",
    "Tôi khiếu nại việc cán bộ thu giữ xe của tôi quá thời hạn mà chưa trả",
    "Phản ánh cơ sở nuôi heo gây ô nhiễm, mùi hôi nồng nặc cả xóm, đề nghị xử lý",
    "Đề nghị xử lý tình trạng thả trâu bò ra đường gây tai nạn",
    "Xin phản ánh cán bộ tiếp dân làm việc riêng, nói chuyện điện thoại trong giờ làm",
    "Tôi gửi đơn kiến nghị về việc tranh chấp lối đi chung với hàng xóm, mong công an xã hòa giải",
    "Trang thông tin của công an tỉnh đăng thủ tục cũ, đề nghị cập nhật lại cho đúng",
    "Đề nghị khen thưởng đồng chí công an khu vực đã nhiệt tình giúp dân trong mùa lũ",
    "Kiến nghị xử lý mấy quán nhậu bày bàn ghế tràn ra lòng đường quốc lộ",
    "Xin phản ánh việc thu phí giữ xe ở bệnh viện quá cao so với quy định",
    "Tôi bức xúc vì bị phạt nguội mà không nhận được thông báo, đề nghị giải thích",
    "Đề nghị cắm biển cấm xe tải giờ tan trường đoạn trước trường tiểu học",
])
frames(PT, "-", [
    "Kiến nghị lắp thêm đèn chiếu sáng ở {place}, ban đêm tối quá dễ xảy ra trộm cắp",
    "Đề nghị công an tăng cường tuần tra ở {place} vào ban đêm",
    "Phản ánh tình trạng lấn chiếm lòng đường, vỉa hè ở {place} kéo dài nhiều năm",
    "Tôi phản ánh thái độ của cán bộ {where}, {how}",
    "Hồ sơ {paper} của tôi nộp ở {where} đã quá hẹn {late} mà chưa có kết quả, đề nghị xem xét",
    "Kiến nghị xử lý dứt điểm quán karaoke ở {place}, tiếng ồn kéo dài nhiều tháng ảnh hưởng sức khỏe người dân",
    "Đề nghị lắp camera giám sát ở {place}",
    "Xin phản ánh giải quyết hồ sơ chậm ở {where}, đi lại nhiều lần vẫn chưa xong",
], 96, place=PLACES, where=["công an xã", "bộ phận một cửa", "công an phường", "điểm làm căn cước", "đội cảnh sát giao thông", "công an huyện"],
    how=["nói chuyện cộc lốc", "không hướng dẫn rõ ràng", "để dân chờ cả buổi", "hách dịch với người già", "làm việc riêng trong giờ"],
    paper=["căn cước", "đăng ký thường trú", "sang tên xe", "hộ chiếu", "xác nhận cư trú", "tách hộ"],
    late=["2 tuần", "1 tháng", "10 ngày", "gần 2 tháng", "20 ngày"])
frames(PT, "PC08", [
    "Phản ánh xe ba gác, xe tự chế chở hàng cồng kềnh chiếm lòng đường ở {place}",
    "Đề nghị cảnh sát giao thông kiểm tra xe quá tải chạy qua {place} làm hư đường",
    "Kiến nghị lắp đèn tín hiệu giao thông ở {place} vì hay xảy ra va chạm",
], 14, place=PLACES)

# ---------------------------------------------------------------- procedure questions
PQ = "procedure_question"
add(PQ, "PC06", [
    "Cho em hỏi làm thẻ căn cước cho bé 5 tuổi thì có cần đưa bé đến không ạ?",
    "Thẻ căn cước công dân gắn chip của tôi hết hạn khi đủ 40 tuổi, đổi sang thẻ căn cước mới có mất phí không?",
    "Tôi bị mất thẻ căn cước, làm lại ở công an xã nơi tạm trú được không hay phải về quê?",
    "Thông tin ngày sinh trên căn cước bị sai so với giấy khai sinh, muốn điều chỉnh thì làm thế nào",
    "Nộp hồ sơ căn cước bao lâu thì có thẻ, tra cứu tiến độ ở đâu",
    "Làm căn cước có cần sổ hộ khẩu không ạ, nhà em đã bị thu hồi sổ",
    "Chứng minh nhân dân 9 số còn hạn thì có còn dùng được không hay bắt buộc đổi",
    "Em ở Bình Dương làm công nhân, muốn cấp đổi căn cước có cần về Trà Vinh không",
    "Cho hỏi làm căn cước vào thứ bảy chủ nhật có làm không ạ",
    "Người già 85 tuổi nằm liệt giường thì làm căn cước bằng cách nào, công an có đến nhà không",
    "Thẻ căn cước bị gãy góc, chip bị hỏng thì có được cấp lại miễn phí không",
    "Làm căn cước có được chọn nơi nhận thẻ qua bưu điện không",
    "Cách kích hoạt tài khoản định danh điện tử mức 2 trên VNeID như thế nào?",
    "Em quên mật khẩu VNeID, số điện thoại đăng ký cũ không còn dùng nữa thì làm sao lấy lại",
    "Tài khoản VNeID báo thông tin không khớp khi đăng ký, phải làm gì",
    "Làm sao tích hợp giấy phép lái xe vào ứng dụng VNeID",
    "Tôi muốn đổi số điện thoại đăng ký tài khoản định danh điện tử thì ra công an xã hay làm trên app được",
    "Đăng ký định danh mức 2 cho con dưới 14 tuổi được không?",
    "Tôi mới mua nhà ở phường 5, muốn đăng ký thường trú cần những giấy tờ gì?",
    "Chủ nhà trọ có phải khai báo tạm trú cho người thuê không, khai trên VNeID được không?",
    "Tôi đi làm xa 6 tháng thì có phải khai báo tạm vắng không?",
    "Khách đến nhà ở lại 3 đêm có cần thông báo lưu trú không ạ",
    "Nhà nghỉ khai báo lưu trú cho khách qua phần mềm nào?",
    "Tách hộ khẩu ra riêng khi đã lấy chồng thì làm thủ tục gì",
    "Làm giấy xác nhận thông tin về cư trú mẫu CT07 để nộp hồ sơ xin việc thì làm ở đâu, mất bao lâu",
    "Sổ hộ khẩu giấy không còn dùng nữa thì khi mua bán đất chứng minh nơi cư trú bằng gì",
    "Xóa đăng ký thường trú cho người đã chết cần giấy tờ gì",
    "Đăng ký tạm trú cho sinh viên ở ký túc xá có cần không",
    "Con tôi mới sinh thì đăng ký thường trú cho cháu cùng lúc làm khai sinh được không",
    "Tôi muốn chuyển hộ khẩu từ Sóc Trăng về Trà Vinh theo chồng, thủ tục như thế nào",
    "Cơ sở kinh doanh karaoke cần giấy chứng nhận đủ điều kiện về an ninh trật tự, hồ sơ gồm những gì?",
    "Mở tiệm cầm đồ thì xin giấy phép an ninh trật tự ở đâu, bao lâu có",
    "Kinh doanh nhà nghỉ 10 phòng có phải xin giấy chứng nhận đủ điều kiện ANTT không",
    "Cơ sở massage có thuộc ngành nghề kinh doanh có điều kiện về an ninh trật tự không ạ",
    "Đổi tên chủ cơ sở kinh doanh thì có phải làm lại giấy chứng nhận đủ điều kiện an ninh trật tự không",
    "Làm phiếu lý lịch tư pháp trên VNeID được không, mất bao nhiêu tiền",
    "Xin giấy xác nhận không có tiền án tiền sự để đi làm thì làm ở đâu",
])
add(PQ, "PA08", [
    "Làm hộ chiếu cho trẻ em dưới 14 tuổi cần những giấy tờ gì?",
    "Tôi bị mất hộ chiếu ở Hàn Quốc, về nước muốn làm lại thì thủ tục thế nào",
    "Hộ chiếu gắn chip làm online trên cổng dịch vụ công mất bao lâu có?",
    "Hộ chiếu còn hạn 5 tháng có đi Thái Lan được không, có cần làm mới không",
    "Người nước ngoài lấy vợ Việt Nam muốn xin thẻ tạm trú thì nộp hồ sơ ở đâu",
    "Gia hạn visa cho người nước ngoài đang ở Trà Vinh thì làm tại phòng nào",
    "Cho hỏi lệ phí cấp hộ chiếu phổ thông hiện nay là bao nhiêu",
    "Nhận hộ chiếu qua đường bưu điện có được không ạ",
    "Làm hộ chiếu có cần mang chứng minh nhân dân cũ không hay chỉ cần căn cước",
    "Chủ nhà cho người nước ngoài thuê nhà thì khai báo tạm trú cho họ như thế nào",
])
add(PQ, "PC08", [
    "Mua xe máy mới thì đăng ký biển số ở công an xã được không hay phải lên huyện?",
    "Sang tên xe máy cũ mua lại của người khác tỉnh, giấy tờ mua bán chỉ viết tay thì có làm được không",
    "Biển số định danh là gì, khi bán xe có giữ lại biển số không",
    "Mất giấy đăng ký xe máy thì xin cấp lại mất bao lâu",
    "Đăng ký xe online trên cổng dịch vụ công có phải mang xe đến cà số khung số máy không",
    "Xe của người đã mất muốn sang tên cho con thì làm thủ tục gì",
    "Xe hư không dùng nữa thì làm thủ tục thu hồi đăng ký biển số thế nào",
    "Tra cứu phạt nguội ở đâu, nộp phạt online được không",
    "Đổi giấy phép lái xe hạng A1 cũ sang thẻ PET thì làm ở đâu",
    "Bị giữ giấy phép lái xe khi vi phạm, hết thời hạn tạm giữ thì lên lấy cần mang gì",
    "Biển số xe bị gãy muốn cấp đổi biển mới thì có phải nộp lệ phí không",
])
add(PQ, "PC07", [
    "Nhà xưởng 800 mét vuông có phải thẩm duyệt thiết kế phòng cháy chữa cháy không?",
    "Quán cà phê có cần giấy chứng nhận huấn luyện PCCC cho nhân viên không",
    "Thủ tục nghiệm thu PCCC cho nhà trọ 12 phòng như thế nào",
    "Bình chữa cháy bao lâu phải nạp lại, nhà ở kết hợp kinh doanh có bắt buộc trang bị không",
    "Cơ sở kinh doanh xăng dầu cần hồ sơ gì về phòng cháy chữa cháy",
])
frames(PQ, "PC06", [
    "Cho {who} hỏi làm căn cước {case} cần mang theo giấy tờ gì ạ",
    "Làm căn cước {case} thì lệ phí bao nhiêu và bao lâu nhận được thẻ",
    "{who} muốn hỏi thủ tục đăng ký {res} {detail}",
    "Cho hỏi đăng ký {res} {detail} làm trên VNeID được không hay phải ra công an xã",
    "Hỏi về tài khoản định danh điện tử: {vneid}, phải làm sao",
    "Thủ tục {res} {detail} cần những giấy tờ gì, nộp ở đâu",
    "Ở {place} thì làm căn cước ở đâu, mấy giờ làm việc",
], 120, who=["em", "tôi", "mình", "cháu", "con"],
    case=["lần đầu", "cấp đổi do hết hạn", "cấp lại do bị mất", "cho con 6 tuổi", "cho người già", "khi thay đổi địa chỉ", "do sai thông tin",
          "cho con 14 tuổi", "khi đổi họ tên"],
    res=["thường trú", "tạm trú", "tạm vắng", "lưu trú"],
    detail=["cho người thuê trọ", "khi chuyển về ở với ông bà", "cho vợ về nhà chồng", "cho con mới sinh", "khi đi làm ăn xa",
            "cho người thân từ tỉnh khác lên", "khi mua nhà mới", "cho công nhân ở tập thể", "khi nhà chưa có sổ đỏ"],
    vneid=["không nhận được mã OTP", "bị khóa do nhập sai mật khẩu", "đổi điện thoại mới không đăng nhập được", "chưa được phê duyệt mức 2",
           "bị sai ảnh chân dung", "quên mật khẩu", "báo lỗi khi quét mã QR"],
    place=["phường 4", "xã Nguyệt Hóa", "thị trấn Tiểu Cần", "xã Long Đức", "huyện Cầu Ngang", "xã Đại An"])
frames(PQ, "PA08", [
    "Cho {who} hỏi làm hộ chiếu {case} cần giấy tờ gì, nộp ở đâu",
    "Làm hộ chiếu {case} mất bao lâu, lệ phí bao nhiêu ạ",
    "{who} chuẩn bị đi {country}, làm hộ chiếu {case} thì có làm online được không",
], 30, who=["em", "tôi", "mình", "con"], case=["lần đầu", "cho con nhỏ", "khi hộ chiếu cũ hết hạn", "do bị mất", "gắn chip"],
    country=["xuất khẩu lao động Nhật", "du lịch Thái Lan", "thăm con ở Hàn Quốc", "du học Úc", "làm việc ở Đài Loan"])
frames(PQ, "PC08", [
    "Cho hỏi thủ tục {act} cho {veh}, cần mang giấy tờ gì",
    "{act} cho {veh} làm ở công an xã được không, mất bao lâu",
    "Tôi muốn {act} cho {veh}, lệ phí bao nhiêu",
], 40, veh=["xe máy", "xe ô tô", "xe máy điện", "xe tải nhỏ", "xe của bố mẹ để lại"],
    act=["sang tên", "đăng ký biển số mới", "cấp đổi giấy đăng ký", "thu hồi biển số", "đăng ký tạm thời", "cấp lại biển số bị mất"])
frames(PQ, "PC07", [
    "Cơ sở {biz} có phải {pccc} không ạ",
    "Hỏi thủ tục {pccc} cho {biz}",
], 12, biz=["nhà trọ", "quán karaoke", "xưởng may", "cửa hàng gas", "trường mầm non tư thục", "kho hàng"],
    pccc=["thẩm duyệt phòng cháy chữa cháy", "nghiệm thu PCCC", "huấn luyện nghiệp vụ PCCC", "lập phương án chữa cháy"])
frames(PQ, "PC06", [
    "Kinh doanh {biz} cần giấy chứng nhận đủ điều kiện về an ninh trật tự không, hồ sơ gồm những gì",
    "Xin giấy chứng nhận đủ điều kiện ANTT cho {biz} nộp ở đâu",
], 10, biz=["karaoke", "cầm đồ", "nhà nghỉ", "khách sạn mini", "massage", "dịch vụ đòi nợ", "in ấn", "quán bar"])

# ---------------------------------------------------------------- other
OT = "other"
add(OT, "-", [
    "Xin chào", "alo", "Chào ad", "ok", "Dạ vâng ạ", "Cảm ơn anh", "Em cảm ơn nhiều ạ", "ok ad", "Dạ em biết rồi ạ", "👍",
    "[Sticker]", "[Hình ảnh]", "Cảm ơn các anh đã hỗ trợ nhiệt tình", "Hay quá", "Chúc các anh chiến sĩ sức khỏe",
    "Chúc mừng năm mới công an phường", "Chúc mừng 79 năm ngày truyền thống Công an nhân dân", "hi", "??", "Dạ",
    "Cho em xin số điện thoại của công an xã", "Số đường dây nóng của công an huyện là số mấy ạ", "Mấy giờ công an xã mở cửa",
    "Tiền điện tháng này sao tăng cao vậy", "Cho hỏi khi nào có lịch cúp điện ở xã", "Trúng thưởng iPhone 15, bấm vào link để nhận ngay",
    "Vay tiền nhanh lãi suất thấp, chỉ cần căn cước, liên hệ 0912xxxxxx", "Shop nhận order quần áo Quảng Châu giá sỉ",
    "Nhầm trang ạ, em muốn nhắn cho trường học", "Xin lỗi em nhắn nhầm", "Ai bán cá lóc giống không", "Tuyển lao động phổ thông lương cao",
    "Bên mình có dịch vụ làm bằng lái xe không cần thi, inbox", "Hihi", "Chào buổi sáng", "cam on nhieu", "xin chao ad",
    "Cho hỏi nhà văn hóa ấp có cho thuê tổ chức đám cưới không", "Bao giờ có lịch tiêm vắc xin cho trẻ", "Test", "a lô có ai không",
    "Em đã nhận được thẻ rồi, cảm ơn các anh", "Đã nhận, cảm ơn", "Vâng", "Ok em cảm ơn", "Like trang ủng hộ công an", "Tuyệt vời",
    "Chương trình khuyến mãi gói cước 4G, soạn tin", "Chúc các anh một tuần làm việc vui vẻ", "Cho mình hỏi số tài khoản để ủng hộ lũ lụt",
    "Em là sinh viên muốn xin thực tập ở công an tỉnh được không", "Có tuyển nghĩa vụ công an năm nay không ạ", "Thời tiết hôm nay sao rồi",
    "Ban quản lý chợ ở đâu vậy", "Ad cho em hỏi ad tên gì", "Bạn ơi", "Tôi đồng ý", "Đã xem", "Giúp mình chia sẻ bài viết tìm chó lạc",
    "Bán đất nền giá rẻ sổ hồng riêng gọi ngay", "Kiếm tiền online tại nhà mỗi ngày 500k", "Tin nhắn này đã bị thu hồi",
    "Cảm ơn công an phường đã giúp gia đình tôi tìm lại được chiếc xe", "Chúc mừng công an xã đạt danh hiệu đơn vị quyết thắng",
    "Em gửi lại hình ảnh giấy tờ ạ", "[File đính kèm]", "[Vị trí]", "Vâng em chờ ạ", "Để em hỏi lại gia đình đã",
    "Trường hợp của em xong rồi, không cần nữa ạ", "Số tổng đài điện lực là số nào", "Mai em lên ạ", "Thanks ad",
    "Cho hỏi ủy ban xã có làm việc sáng thứ bảy không", "Bác sĩ trạm y tế xã trực số nào",
    "Vâng cảm ơn anh nhiều", "Dạ em cảm ơn anh đã trả lời", "Cảm ơn chị", "Cám ơn ad nhiều nha", "Thank you", "Ok rồi ạ", "Dạ rõ",
    "Em hiểu rồi ạ", "Dạ vâng em sẽ lên ạ", "Dạ để mai em ra", "Chào buổi tối ad", "Chúc ad ngủ ngon", "Hello", "Có ai trực không ạ",
    "Ad còn đó không", "Sao không ai trả lời vậy", "Dạ em xin lỗi", "Không có gì ạ", "Ừ", "Oke", "Dạ ok anh", "Tốt quá, cảm ơn",
    "Chúc mừng ngày Quốc khánh 2/9", "Chúc mừng ngày Phụ nữ Việt Nam các chị công an", "Chúc mừng 20/11", "[Ảnh]", "[Video]",
    "[Tin nhắn thoại]", "Bạn đã nhận được một sticker", "Hôm nay có mưa không ad", "Mua bảo hiểm xe máy ở đâu rẻ",
    "Cho hỏi lịch thi bằng lái xe tháng sau", "Cho hỏi trường THPT tuyển sinh lớp 10 khi nào", "Nhà mạng nào sóng mạnh ở xã mình",
    "Có ai nhặt được con mèo tam thể không", "Mình muốn đăng tin tìm việc làm", "Giá lúa hôm nay bao nhiêu",
    "Nhận làm hồ sơ vay vốn ngân hàng nhanh", "Bán sim số đẹp giá rẻ", "Tặng 100k khi đăng ký tài khoản tại đây", "Nhắn nhầm ạ, xin lỗi ad",
    "Em gửi nhầm tin", "Đây có phải trang của ủy ban huyện không", "Trang này của ai vậy", "Ủng hộ các anh", "Cố lên các chiến sĩ",
])

# ---------------------------------------------------------------- write
seen = set()
out = []
for text, cat, code in rows:
    key = strip_diacritics(text.lower())
    if key in seen or not text.strip():
        continue
    seen.add(key)
    out.append((text.replace("\t", " "), cat, code))

print("# CaseDesk triage seed set: realistic citizen messages written for the project, labelled by category and competent department.")
print("# Columns: text<TAB>category<TAB>department code or -. Generated by scripts/gen_triage_seed.py; a fixed 20% (by hash of the text) is held out.")
print("text\tcategory\tcompetent")
for text, cat, code in out:
    print(f"{text}\t{cat}\t{code}")

import sys
from collections import Counter
print(Counter(c for _, c, _ in out), len(out), file=sys.stderr)
