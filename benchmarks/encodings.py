"""How often the CSV encoding decision reads short member lists right, beside libraries.

    python benchmarks/encodings.py [--libraries DIR]

Short lists are where guessing is hard: Excel on Chinese Windows saves GBK, in Taiwan and
Hong Kong Big5, in Japan Shift-JIS, and a list of a few names gives a guesser little to go
on. Each corpus: 1, 2, 3, 5, 10 and 30 names (real-life names: simplified Chinese in GBK,
traditional in Big5, Japanese in Shift-JIS, Korean in EUC-KR), four header styles (Chinese
header with phone, city and notes; nickname + id; ASCII header; name only), four draws
each; then one-name files with rarer characters (李玥, 陳琰, 髙橋一). A reading counts when
the decoded text equals what was written.

Compared, when importable (``--libraries`` adds a folder to the path, e.g. one made by
``pip install --target DIR charset-normalizer chardet``; neither is a dependency):
what the reader did before issue 14 (UTF-8, else GB18030), ``exports.text_encoding``,
charset-normalizer's ``from_bytes().best()``, chardet's ``detect`` (all encodings, and
limited to the same candidates).
"""

from __future__ import annotations

import argparse
import collections
import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from exports.text_encoding import EncodingUnknown, decode_text  # noqa: E402

SIMPLIFIED = (
    "王芳 李娜 张伟 刘洋 陈静 杨帆 赵磊 黄敏 周杰 吴昊 徐丽 孙强 马超 朱婷 胡军 郭晶 何欢 "
    "高峰 林小红 罗建国 郑秀英 梁晓东 谢雨欣 宋佳琪 唐诗雨 许嘉怡 韩梅梅 冯子轩 邓丽君 "
    "曹雪芹 彭于晏 曾志伟 萧敬腾 田甜 董明珠 袁隆平 潘长江 于谦 蒋欣 蔡徐坤 余秋雨 杜海涛 "
    "叶子 程晓玥 苏醒 魏晨 吕方 丁磊 任泉 沈腾 姚明 卢靖姗 姜文 崔健 钟汉良 谭咏麟 陆毅 "
    "汪峰 范冰冰 金晨 石磊 廖凡 贾玲 夏雨 韦唯 付辛博 方琼 白岩松 邹市明 孟非 熊黛林 秦岚 "
    "邱淑贞 江疏影 尹正 黎明 易烊千玺 常远 武艺 乔杉 贺娇龙 龚琳娜 文章 庞博 樊振东 兰雪 "
    "殷桃 施瓦 洪涛 翟天临 安以轩 颜丙涛 倪妮 严屹宽 牛骏峰 温岚 芦芳生 季冠霖 俞灏明 "
    "章子怡 鲁豫 葛优 伍佰 韦小宝 申雪 尤勇 毕福剑 聂远 焦俊艳 邢佳栋 雷佳音 覃海洋 蒙恬 "
    "张晓明 王秀兰 李桂英 刘建华 "
).split()
TRADITIONAL = (
    "陳小明 林怡君 黃志豪 張雅婷 李家豪 王淑芬 吳宗翰 劉美玲 蔡佩珊 楊志偉 許家銘 鄭雅雯 "
    "謝宗霖 郭俊傑 洪美惠 曾建宏 邱淑娟 廖志明 賴怡萱 周杰倫 徐若瑄 蕭敬騰 羅志祥 蘇打綠 "
    "葉惠美 簡單 鍾欣潼 詹雅筠 呂秀蓮 彭于晏 范瑋琪 魏德聖 沈春華 盧廣仲 歐陽娜娜 蔣友柏 "
    "莊雅婷 江蕙 何潤東 余文樂 梁朝偉 劉德華 黎明 郭富城 張學友 陳奕迅 鄧紫棋 謝霆鋒 "
    "古天樂 吳彥祖 黃曉明 馬英九 蔡英文 賴清德 柯文哲 侯友宜 韓國瑜 朱立倫 宋楚瑜 連勝文 "
    "王金平 游盈隆 高金素梅 陳建仁 蘇貞昌 卓榮泰 鄭文燦 林佳龍 潘孟安 翁啟惠 李遠哲 "
    "孫燕姿 蔡依林 楊丞琳 王心凌 郭靜 戴佩妮 田馥甄 陳綺貞 張惠妹 劉若英 伍佰 任賢齊 "
    "方大同 林俊傑 胡瓜 吳宗憲 康康 陳美鳳 白冰冰 曾國城 黃子佼 溫昇豪 阮經天 趙又廷 "
    "柯震東 陳妍希 許瑋甯 桂綸鎂 林志玲 "
).split()
JAPANESE = (
    "佐藤太郎 鈴木花子 高橋健一 田中美咲 伊藤翔太 渡辺さくら 山本陽菜 中村蓮 小林結衣 "
    "加藤大翔 吉田あかり 山田一郎 佐々木優 山口恵 松本潤 井上真央 木村拓哉 林修 斎藤工 "
    "清水ミチコ 山崎賢人 森七菜 池田エライザ 橋本環奈 阿部寛 石川遼 山下智久 中島みゆき "
    "前田敦子 藤田ニコル 岡田准一 後藤真希 長谷川博己 村上春樹 近藤真彦 石井ゆかり "
    "坂本龍一 遠藤憲一 青木崇高 藤井聡太 西田敏行 福山雅治 太田光 三浦春馬 松田聖子 "
    "中川翔子 原田知世 小野大輔 竹内結子 金子みすゞ 和田アキ子 中山美穂 石原さとみ "
    "柴咲コウ さとう ひろし すずき はなこ タナカ ユウキ ヤマダ タロウ "
).split()
KOREAN = (
    "김민준 이서연 박지호 최수아 정하준 강지우 조서준 윤하은 장도윤 임예은 한시우 오지민 "
    "서주원 신유진 권현우 황수빈 안민서 송준서 류지안 전예준 홍채원 고건우 문서윤 양지훈 "
    "손하린 배승현 백지유 "
).split()

HEADERS_SC = ["姓名,手机号,城市,备注", "昵称,微信号", "name,phone", "姓名"]
HEADERS_TC = ["姓名,電話,城市,備註", "暱稱,LINE", "name,phone", "姓名"]
HEADERS_JA = ["氏名,電話番号,住所,備考", "名前,メール", "name,phone", "氏名"]
HEADERS_KO = ["이름,전화번호,도시", "name,phone", "이름"]
CITIES_SC = "北京 上海 广州 深圳 杭州 成都 武汉 南京 西安 重庆".split()
CITIES_TC = "台北 新北 桃園 台中 台南 高雄 香港 九龍 新竹 基隆".split()
CITIES_JA = "東京 大阪 名古屋 札幌 福岡 横浜 京都 神戸 仙台 広島".split()
CITIES_KO = "서울 부산 인천 대구 대전 광주 울산 수원 창원 고양".split()
NOTES_SC = ["老会员", "已缴费", "第一次参加", "", "", "介绍人：王芳", "素食"]
NOTES_TC = ["老會員", "已繳費", "第一次參加", "", "", "介紹人：王芳", "素食"]
NOTES_JA = ["会員", "支払済み", "初参加", "", "", "紹介者：田中", "ベジタリアン"]
NOTES_KO = ["회원", "결제 완료", "첫 참가", "", "", "", "채식"]
SC_RARE = ("王珺 李玥 张翀 陈琰 刘淼 赵焱 孙垚 周鑫 吴犇 郑喆 钱堃 冯昇 褚昊 卫婧 蒋钰 沈瑶 韩旭 "
           "杨璐 朱珂 秦岚 尤怡 许诺 何炅 吕燊 施琪 张弛 孔骞 曹頫 严峻 华罡 金珏 魏琨 陶铮 姜昕 "
           "戚霏 谢枫 邹喆 喻莹 柏芸 水淇").split()
TC_RARE = ("王珺 李玥 張翀 陳琰 劉淼 趙焱 孫垚 周鑫 吳犇 鄭喆 錢堃 馮昇 褚昊 衛婧 蔣鈺 沈瑤 韓旭 "
           "楊璐 朱珂 秦嵐 尤怡 許諾 何炅 呂燊 施琪 張弛 孔騫 嚴峻 華罡 金玨 魏琨 陶錚 姜昕 戚霏 "
           "謝楓 鄒喆 喻瑩 柏芸 水淇 蔡瑋 黃筱 林彣 鄭媖").split()
JA_RARE = ("髙橋一 渡邊剛 齋藤茂 澤田聡 濱口優 國分太一 廣瀬すず 櫻井翔 "
           "邊見えみり 﨑山つばさ").split()
CODEC = {"gbk": "gbk", "big5": "cp950", "shift-jis": "cp932", "euc-kr": "euc_kr"}


def lists(rng: random.Random, names: list[str], headers: list[str], cities: list[str],
          notes: list[str]) -> list[tuple[str, str]]:
    out = []
    for size in (1, 2, 3, 5, 10, 30):
        for header in headers:
            for _ in range(4):
                columns = header.split(",")
                lines = [header]
                for name in rng.sample(names, min(size, len(names))):
                    row = [name, f"13{rng.randint(100000000, 999999999)}", rng.choice(cities),
                           rng.choice(notes)]
                    lines.append(",".join(row[:len(columns)]))
                out.append((f"{size} name(s)", "\r\n".join(lines) + "\r\n"))
    return out


def one_rare_name(rng: random.Random, names: list[str], codec: str) -> list[tuple[str, str]]:
    out = []
    for name in names:
        for text in (f"name,phone\r\n{name},139{rng.randint(10**7, 10**8 - 1)}\r\n",
                     f"姓名\r\n{name}\r\n", f"nick\r\n{name}\r\n"):
            try:
                text.encode(codec)
            except UnicodeEncodeError:
                continue
            out.append(("1 rare name", text))
    return out


def corpora(seed: int = 1) -> dict[str, list[tuple[str, str]]]:
    rng = random.Random(seed)
    return {
        "gbk": lists(rng, SIMPLIFIED, HEADERS_SC, CITIES_SC, NOTES_SC)
        + one_rare_name(rng, SC_RARE, "gbk"),
        "big5": lists(rng, TRADITIONAL, HEADERS_TC, CITIES_TC, NOTES_TC)
        + one_rare_name(rng, TC_RARE, "cp950"),
        "shift-jis": lists(rng, JAPANESE, HEADERS_JA, CITIES_JA, NOTES_JA)
        + one_rare_name(rng, JA_RARE, "cp932"),
        "euc-kr": lists(rng, KOREAN, HEADERS_KO, CITIES_KO, NOTES_KO),
    }


def before(data: bytes) -> str | None:
    for encoding in ("utf-8", "gb18030"):
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            pass
    return None


def ours(data: bytes) -> str | None:
    try:
        return decode_text(data)
    except EncodingUnknown:
        return None


def readers() -> dict[str, object]:
    found: dict[str, object] = {"before issue 14": before, "text_encoding": ours}
    try:
        import charset_normalizer

        def normalizer(data: bytes) -> str | None:
            best = charset_normalizer.from_bytes(data).best()
            return None if best is None else str(best)

        found["charset-normalizer"] = normalizer
    except ImportError:
        pass
    try:
        import chardet

        def guessed(data: bytes, **limits: object) -> str | None:
            encoding = chardet.detect(data, **limits)["encoding"]
            try:
                return data.decode(encoding) if encoding else None
            except (UnicodeDecodeError, LookupError):
                return None

        found["chardet"] = guessed
        found["chardet, limited"] = lambda data: guessed(data, include_encodings=[
            "utf-8", "gb18030", "big5hkscs", "cp932", "cp949"])
    except ImportError:
        pass
    return found


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--libraries", metavar="DIR", help="a folder to import libraries from")
    args = parser.parse_args()
    if args.libraries:
        sys.path.insert(0, args.libraries)
    counts: dict[tuple[str, str, str], collections.Counter] = collections.defaultdict(
        collections.Counter)
    for encoding, files in corpora().items():
        for kind, text in files:
            data = text.encode(CODEC[encoding])
            group = "one rare name" if kind == "1 rare name" else "lists"
            for name, read in readers().items():
                got = read(data)
                verdict = "right" if got == text else "refused" if got is None else "wrong"
                counts[(name, encoding, group)][verdict] += 1
    columns = [(e, g) for e in CODEC for g in ("lists", "one rare name")
               if counts[("text_encoding", e, g)]]
    print(f"| reader | {' | '.join(f'{e}, {g}' for e, g in columns)} |")
    for name in readers():
        cells = []
        for encoding, group in columns:
            c = counts[(name, encoding, group)]
            cells.append(f"{c['right']}/{sum(c.values())}"
                         + (f" ({c['refused']} refused)" if c["refused"] else ""))
        print(f"| {name} | {' | '.join(cells)} |")


if __name__ == "__main__":
    main()
