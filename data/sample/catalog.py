"""The feed's envelope parts that are not items or records: publisher, topics, life events
(我要…) and synonym groups. Life events list item ids in the order a resident meets them."""

from common import ADDRESS, COUNTY, DIVISION_CODE, GOV, OFFICE_PHONE, TOPICS, TOWNSHIP


def publisher():
    return {
        "name": GOV,
        "township": TOWNSHIP,
        "division_code": DIVISION_CODE,
        "county": COUNTY,
        "county_website": "https://qingshan.example/",
        "phone": OFFICE_PHONE,
        "address": ADDRESS,
    }


def topics():
    return [{"id": tid, "name": name} for tid, name in TOPICS]


# (id, name, summary, item ids)
LIFE_EVENTS = [
    ("shengyu", "生育", "准备生孩子和孩子出生前后要办的事：孕前检查、生育登记、新生儿落户参保、育儿补贴。",
     ["js-yunqian-jiancha", "js-shengyu-dengji", "js-chusheng-yijianshi", "sb-yibao-canbao", "js-yuer-butie",
      "js-tuoyu-zixun"]),
    ("jianfang", "建房", "在农村盖房子：申请宅基地和规划许可、开工放线、竣工验收，住房不安全的申请危房改造。",
     ["gt-zhaijidi", "gt-fangyang", "gt-jungong-yanshou", "gt-weifang", "gt-budongchan-zhuanyi", "gt-tudi-quanshu"]),
    ("shenghuo-kunnan", "生活困难", "家里生活困难、遇到急难或有返贫风险时，可以申请的救助和帮扶。",
     ["mz-dibao", "mz-tekun", "mz-linshi-jiuzhu", "mz-kunjing-ertong", "hn-fanpin-jiance", "gt-weifang",
      "zz-falv-yuanzhu"]),
    ("yanglao", "养老", "参加城乡居民养老保险，60 岁领养老金，每年认证，80 岁以上领高龄津贴。",
     ["sb-yanglao-canbao", "sb-yanglao-daiyu", "sb-yanglao-renzheng", "mz-gaoling-jintie", "js-jiangli-fuzhu"]),
    ("wunong", "务农补贴", "种地、养殖能领的补贴和保险，以及承包地流转。",
     ["hn-gengdi-butie", "hn-nongji-butie", "hn-nongji-baofei", "hn-nongye-baoxian", "hn-xianda-houbu",
      "hn-shengtai-gongyilin", "nj-liuzhuan", "nj-jiating-nongchang"]),
    ("jiuye", "就业创业", "找工作、登记失业、参加免费技能培训，自己创业可以申请贴息贷款。",
     ["sb-jiuye-dengji", "sb-jineng-peixun", "sb-chuangye-daikuan", "hn-xiaoe-xindai"]),
    ("jiufen", "纠纷调解", "邻里、家庭、土地纠纷找谁调解；经济困难打官司可以申请法律援助。",
     ["zz-renmin-tiaojie", "zz-hunyin-tiaojie", "nj-chengbao-jiufen", "gt-tudi-quanshu", "zz-sifa-queren",
      "zz-falv-yuanzhu", "zz-falv-zixun"]),
    ("canji", "残疾人帮扶", "办残疾人证，申领残疾人两项补贴；生活困难的还可以申请低保，养老保险费由政府代缴。",
     ["mz-canjizheng", "mz-canji-butie", "mz-dibao", "sb-yanglao-canbao"]),
    ("sangzang", "丧葬", "家人去世后要办的事：殡葬费用减免、养老保险丧葬补助和停发、房屋继承过户。",
     ["mz-sangzang", "sb-sangzang-buzhu", "gt-budongchan-zhuanyi"]),
    ("tuiyi", "退役军人", "退役军人申领优待证，登记就业、申请创业贷款。",
     ["mz-youdaizheng", "sb-jiuye-dengji", "sb-chuangye-daikuan"]),
]


def life_events():
    return [{"id": i, "name": n, "summary": s, "items": list(items)} for i, n, s, items in LIFE_EVENTS]


SYNONYMS = [
    ["低保", "最低生活保障", "低保金"],
    ["新农合", "合作医疗", "城乡居民医保", "城乡居民基本医疗保险", "医保"],
    ["新农保", "城乡居民养老保险", "城乡居民基本养老保险"],
    ["危房", "危房改造", "农村危房改造", "危改"],
    ["盖房", "建房", "起屋", "农村村民建房", "宅基地"],
    ["五保", "五保户", "特困", "特困供养", "特困人员救助供养"],
    ["残疾证", "残疾人证"],
    ["养老金", "养老保险待遇"],
    ["准生证", "生育服务证", "生育登记"],
    ["粮补", "种粮补贴", "耕地地力保护补贴"],
    ["扶贫资金", "衔接资金", "衔接推进乡村振兴补助资金"],
    ["土地流转", "土地经营权流转", "承包地流转"],
    ["调解", "人民调解", "纠纷调解"],
    ["高龄补贴", "高龄津贴"],
    ["两项补贴", "残疾人两项补贴", "困难残疾人生活补贴", "重度残疾人护理补贴"],
    ["丧葬补助", "丧葬补助金", "殡葬补贴", "惠民殡葬"],
    ["招标", "招投标", "招标公告"],
    ["三公经费", "“三公”经费"],
    ["社保卡", "社会保障卡"],
    ["房产证", "不动产权证书"],
    ["过户", "转移登记"],
    ["退伍军人", "退役军人", "老兵"],
    ["砍树", "林木采伐"],
    ["农机补贴", "农机购置与应用补贴"],
    ["一事一议", "筹资筹劳"],
    ["公益林补偿", "森林生态效益补偿"],
]


def synonyms():
    return [list(g) for g in SYNONYMS]
