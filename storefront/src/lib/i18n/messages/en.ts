import type { DiscountType } from "medusa-plugin-routine-bundles-client/types"

/** "US dollars": a currency as a shopper names it. */
const currencyName = (code: string) =>
  new Intl.NumberFormat("en", { style: "currency", currency: code.toUpperCase(), currencyDisplay: "name" })
    .formatToParts(2)
    .find((part) => part.type === "currency")?.value ?? code.toUpperCase()

/** "a, b and c": names joined as a sentence does. */
const and = (names: string[]) => (names.length < 2 ? names.join("") : `${names.slice(0, -1).join(", ")} and ${names.at(-1)}`)

/** A discount as the shopper reads it, one wording per type (a type without one does not compile). */
type OfferWords = {
  [Type in DiscountType]: (offer: { percentage: number | null; amount: number | null }, money: (amount: number) => string) => string
}

const offer: OfferWords = {
  percentage: ({ percentage }) => `${percentage ?? 0} % off`,
  fixed: ({ amount }, money) => `${money(amount ?? 0)} off`,
  set_price: ({ amount }, money) => `the routine for ${money(amount ?? 0)}`,
  cheapest_step_free: () => "the cheapest step free",
}

/**
 * Every string the storefront shows, in English: the shape every other
 * language's file must have (a missing key does not compile). Texts that
 * take values are functions, so each language words them its own way.
 */
export const en = {
  meta: {
    title: "Skin routines",
    description: "A skincare routine for what your skin shows, sold as one bundle.",
    cart: "Cart",
    checkout: "Checkout",
    confirmed: "Order confirmed",
    account: "Account",
  },
  skipToContent: "Skip to content",
  header: {
    home: "Skin routines",
    region: "Region",
    language: "Language",
    account: "Account",
    signIn: "Sign in",
    cartButton: (count: number) => `Cart, ${count} ${count === 1 ? "item" : "items"}`,
  },
  drawer: { title: "Your cart", close: "Close", viewCart: "View cart", checkout: "Checkout" },
  cart: {
    title: "Your cart",
    empty: "Your cart is empty.",
    findRoutine: "Find your routine",
    otherProducts: "Other products",
    products: "Products",
    goToCheckout: "Go to checkout",
    each: (price: string) => `${price} each`,
    quantity: "Quantity",
    quantityOf: (title: string) => `of ${title}`,
    remove: "Remove",
    expired: "Your cart has expired: add the products again.",
  },
  totals: { products: "Products", routineSaving: "You save with routines", shipping: "Shipping", taxes: "Taxes", total: "Total" },
  product: {
    variant: "Variant",
    addToCart: "Add to cart",
    outOfStock: "Out of stock",
    added: "Added to your cart.",
  },
  checkout: {
    title: "Checkout",
    haveAccount: "Have an account?",
    signIn: "Sign in",
    signInWhy: "to see this order in your order history.",
    contact: "1. Contact and delivery",
    email: "Email",
    firstName: "First name",
    lastName: "Last name",
    address: "Address",
    postalCode: "Postal code",
    city: "City",
    phone: "Phone (optional)",
    country: "Country",
    saveContact: "Save and choose delivery",
    saved: "Saved.",
    delivery: "2. Delivery",
    noShipping: "We do not ship to this address yet.",
    payment: "3. Payment",
    testPayment: "Test payment",
    testPaymentDescription: "No card needed: the order is placed as paid manually.",
    placeOrder: "Place order",
    yourOrder: "Your order",
    subscriptionAccount: "Your subscription needs an account",
    subscriptionAccountWhy: "Sign in or create an account to subscribe: you will manage your refills there. Your cart comes with you.",
  },
  order: {
    thanks: "Thank you for your order",
    confirmedBefore: "Order",
    confirmedAfter: (email: string) => `is confirmed; we sent the details to ${email}.`,
    whatYouBought: "What you bought",
    onTheirOwn: "Products bought on their own",
  },
  account: {
    title: "Your account",
    signIn: "Sign in",
    signUp: "Create an account",
    createAccount: "Create account",
    firstName: "First name",
    lastName: "Last name",
    email: "Email",
    password: "Password",
    signOut: "Sign out",
    orderHistory: "Order history",
    noOrders: "You have not ordered anything yet.",
    orderNumber: (displayId: number | undefined) => `Order #${displayId ?? ""}`,
    wrongPassword: "The email or the password is wrong.",
    emailTaken: "An account with this email exists already: sign in instead.",
    unsupportedSignIn: "This account needs a sign-in this store does not offer.",
  },
  subscriptions: {
    title: "Subscriptions",
    none: "You have no subscriptions. Choose a refill interval in a routine's finder to subscribe.",
    every: (weeks: number) => `Every ${weeks} weeks`,
    nextRefill: "Next refill",
    lastPrice: "Last price",
    status: "Status",
    statuses: { active: "Active", paused: "Paused", needs_action: "Needs your attention", cancelled: "Cancelled" },
    manage: (title: string) => `Manage ${title}`,
    backToAccount: "Back to your account",
    heading: (title: string) => `${title} subscription`,
    since: (date: string) => `Since ${date}`,
    failed: (why: string) => `Your last refill could not be ordered: ${why}`,
    failureReasons: {
      routine_unavailable: "the routine is no longer sold, or not at this interval.",
      unsellable_step: "a step has no product in stock.",
      payment_failed: "the payment was refused.",
      shipping_unavailable: "we no longer deliver to your address this way.",
      error: "something went wrong on our side.",
    },
    nextRefillHeading: "Your next refill",
    refillOn: (date: string) => `Ships on ${date}`,
    refillTotal: "Refill price",
    changeSinceLast: (percentage: number) =>
      percentage === 0 ? "The same as your last order." : `${percentage > 0 ? "+" : ""}${percentage} % since your last order.`,
    priceNotice: (previous: string, next: string) => `Price change: your next refill costs ${next} instead of ${previous}.`,
    noRefill: "Your next refill cannot be priced right now.",
    history: "Orders and refills",
    firstOrder: "First order",
    renewalStatuses: { pending: "Being ordered", succeeded: "Ordered", failed: "Failed", skipped: "Skipped" },
    orderNumber: (displayId: number | null) => `Order #${displayId ?? ""}`,
    actions: "Manage",
    skip: "Skip the next refill",
    renew: "Renew now",
    renewConfirmTitle: "Order your next refill now?",
    renewConfirm: (total: string) =>
      `We order it now, ${total} for its products plus delivery, to your saved address and paid as before.`,
    renewConfirmButton: (total: string) => `Order now for ${total}`,
    notNow: "Not now",
    pause: "Pause",
    resume: "Resume",
    interval: "Refill every",
    saveInterval: "Change interval",
    swap: "Swap",
    cancel: "Cancel subscription",
    cancelReason: "Why are you cancelling? (optional)",
    noReason: "I'd rather not say",
    cancelReasons: {
      too_expensive: "It costs too much",
      skin_improved: "My skin is better",
      not_working: "It is not working for me",
      too_much_product: "I have too much product",
      other: "Something else",
    },
    cancelNote: "Anything to add? (optional)",
    confirmCancel: "Cancel the subscription",
    keep: "Keep my subscription",
    checkIn: "Skin check-in",
    checkInWhy: "How is your skin now? Tick the warning signs you see and save: we rebuild your next refill for them and show it here before it ships.",
    newRefill: (products: number, total: string) => `Your new refill: ${products} products for ${total}.`,
    previewRefill: "If you save this answer, your next refill will be:",
    saveCheckIn: "Save my check-in",
    done: {
      skip: "The next refill is skipped.",
      renew: "Your refill is ordered.",
      pause: "Your subscription is paused.",
      resume: "Your subscription is running again.",
      update: "Saved: it applies from the next refill.",
      cancel: "Your subscription is cancelled.",
    },
  },
  home: {
    noRoutine: "No routine is published yet.",
    noneForSale: "None of our routines can be bought here right now. Choose another region at the top of the page, or come back soon.",
    more: "More routines",
    ours: "Our routines",
  },
  errors: {
    title: "This page could not be shown",
    noAnswer: "The store did not answer. Please try again in a moment.",
    retry: "Try again",
    notFound: "Not found",
    notFoundWhy: "This page does not exist, or the product or routine is no longer sold.",
    findRoutine: "Find your routine",
  },
  routines: {
    finderLabel: (title: string) => `${title} finder`,
    symptomsLegend: "Which warning signs do you see?",
    stepsHeading: (count: number) => `Your ${count} steps`,
    step: (position: number) => `Step ${position}`,
    stepOf: (position: number, title: string) => `Step ${position}: ${title}`,
    optional: "Optional",
    skipped: "Left out of your routine: you have it already.",
    noStock: "None of this step's products is in stock in that number right now.",
    notSold: "We don't sell a product for this step here yet.",
    canLeaveOut: "You can leave it out.",
    chooseAnother: "Choose another",
    forStep: (title: string) => `for ${title}`,
    storePick: "The store’s pick for you",
    soldOut: "out of stock",
    alreadyHave: "I already have this",
    addBack: "Untick to add it back.",
    without: (offer: string) => `Without it: ${offer}.`,
    keepsAtLeast: (steps: number) => `A routine keeps at least ${steps} steps.`,
    priceBar: "Routine price",
    reviewAndAdd: "Review and add",
    updating: "Updating your routine…",
    status: (products: number, total: string) => `Your routine: ${products} products for ${total}`,
    summaryHeading: "Your routine",
    summary: (products: number, offer: string, quantity: number) =>
      `${products} products, ${offer} when you buy them as a routine${quantity > 1 ? `, for ${quantity} routines` : ""}.`,
    nextTier: (steps: number, percentage: number, extra: number) =>
      `Add back ${steps === 1 ? "one step" : `${steps} steps`} to get ${percentage} % off, ${extra} % more.`,
    numberOfRoutines: "Number of routines",
    addToCart: "Add the routine to cart",
    oneLess: (label: string) => `One less (${label})`,
    oneMore: (label: string) => `One more (${label})`,
    regularPrice: "Regular price",
    youSave: "You save",
    routinePrice: "Routine price",
    offer,
    noDiscount: "no routine discount",
    reason: {
      symptoms: (symptoms: string[]) => `For your ${and(symptoms.map((s) => s.toLowerCase()))}`,
      selection: "Your choice",
      pick: "Our pick for this step",
      fallbackFor: (symptoms: string[]) =>
        `Our first choice is out of stock; this one also helps with ${and(symptoms.map((s) => s.toLowerCase()))}`,
      fallback: "Our first choice is out of stock; this is the next best",
    },
    bundleLine: (quantity: number, products: number, offer: string, tierSteps: number | null) =>
      `${quantity > 1 ? `${quantity} routines, ` : ""}${products} products, ${offer}${tierSteps ? ` for ${tierSteps} steps or more` : ""}`,
    productsIn: (title: string) => `Products in ${title}`,
    lineTotal: ", line total ",
    leftOut: (titles: string[]) => `Left out: ${titles.join(", ")}`,
    quantityOf: (title: string) => `Quantity of ${title}`,
    removeRoutine: "Remove routine",
    swap: "Swap",
    remove: "Remove",
    removeOnly: (title: string) => `${title} only`,
    endTitle: "End the routine discount?",
    endDescription: (product: string, routine: string) =>
      `Taking ${product} out breaks up your ${routine}: the routine discount ends and its other products go back to their regular prices.`,
    endConfirm: "Remove it and end the discount",
    endCancel: "Keep my routine",
    stepsOutOfStock: (titles: string[]) =>
      titles.length === 1
        ? `One of its steps is out of stock right now: ${titles[0]}.`
        : `Some of its steps are out of stock right now: ${and(titles)}.`,
    stepsNotSold: (titles: string[]) =>
      titles.length === 1
        ? `One of its steps has no product we sell here yet: ${titles[0]}.`
        : `Some of its steps have no product we sell here yet: ${and(titles)}.`,
    notUpdated: "Your routine could not be updated just now. Please try again, or reload the page.",
    notInCurrency: (code: string) => `This routine isn't available in ${currencyName(code)} yet.`,
    cannotBuy: "This routine can't be bought right now.",
    partOf: "Part of a routine",
    otherRoutines: "Other routines",
    findAnother: "Find another routine",
    canBeBoughtIn: (codes: string[]) =>
      `It can be bought in ${codes.map(currencyName).join(" or ")}: choose another region at the top of the page.`,
    storyIntro:
      "Tick the signs your skin shows: we pick a product for each step that answers them, and the routine costs less than its products bought one by one.",
    ourPick: " (our pick for this step)",
    cheaperAsRoutine: "Bought as a routine, every product in it costs less.",
    purchaseLegend: "How would you like it?",
    purchase: "How often",
    once: "Once",
    onceDescription: "Buy this routine one time.",
    everyWeeks: (weeks: number) => `Every ${weeks} weeks`,
    refillPrice: (total: string, percentage: number) =>
      `${total} each refill${percentage ? `, ${percentage} % more off` : ""}. Skip, pause or cancel any time.`,
    subscriptionNote: (weeks: number, total: string, percentage: number) =>
      `A subscription: a refill every ${weeks} weeks, ${total} each at today's prices${percentage ? ` (${percentage} % off on top of the routine's offer)` : ""}. Checkout asks you to sign in.`,
    subscribed: (weeks: number, percentage: number) =>
      `Subscription: a refill every ${weeks} weeks${percentage ? `, ${percentage} % extra off` : ""}`,
  },
}

export type Messages = typeof en
