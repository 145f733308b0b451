"""Chinese surnames: the common single-character ones and the compound ones still in use.

Used to cut a run of names that PDF conversion glued together (``吴志强祝忠明姚晓娜``)
and to tell a byline from a line of running text.
"""

from __future__ import annotations

BY_FREQUENCY = (  # the commonest first
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范"
    "金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂"
    "章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解"
    "牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎"
    "甄丛仲虞敖巩明佘池查麻苑迟邝官封谈匡鞠惠荆乐冀郁胥南班储原栗燕楚鄢劳谌奚皮粟冼蔺楼盘满闻位厉伊仝区郜海阚花权强帅屠豆朴"
    "盖练廉禹井祖漆巴丰支卿国狄平计索宣晋相初门云容敬来扈晁芮都普阙浦戈伏鹿薄邸雍辜羊阿乌母裘亓修邰赫杭况那宿鲜印逯隆茹诸战"
    "慕危玉银亢嵇公哈湛宾戎勾茅利於呼居揭干但尉冶斯元束檀衣信展阴昝智幸奉植衡富尧闭由"
    "丘佐邴笪琚郇逄郦阎鄂蔚茆訾缑贲厍钭禤冮敬"
    "赖傅竺眭靖汲糜宓郗韶蓟莘贡堵璩濮郏宦庾暨殳沃夔毋乜蒯桓习寿"
    "洪萧钮荀凤贝酆隗羿弘"
    "代占旷蹇候"
)
SINGLE = frozenset(BY_FREQUENCY)
RANK = {c: i for i, c in enumerate(dict.fromkeys(BY_FREQUENCY))}
COMPOUND = frozenset(
    "欧阳 司马 上官 诸葛 东方 皇甫 尉迟 公孙 慕容 长孙 宇文 司徒 令狐 夏侯 轩辕 端木 "
    "独孤 南宫 西门 百里 呼延 申屠 万俟 闻人 澹台 公冶 宗政 濮阳 太史 仲孙 钟离 第五 拓跋 完颜".split()
)


def surname_length(text: str) -> int:
    """Length of the surname `text` starts with (2 for a compound one), or 0."""
    if text[:2] in COMPOUND:
        return 2
    return 1 if text[:1] in SINGLE else 0


def surname_rank(name: str) -> int:
    """How rare the surname `name` starts with is: 0 for the commonest, len(RANK) when unknown."""
    return 0 if name[:2] in COMPOUND else RANK.get(name[:1], len(RANK))
